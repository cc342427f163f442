// Sets a staff member's password with the one-time token in the link's fragment (never sent to the server in a URL).
const form = document.getElementById('form');
const message = document.getElementById('message');
const say = (text, error) => {
  message.textContent = text;
  message.className = error ? 'error' : '';
};
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const password = document.getElementById('password').value;
  if (password !== document.getElementById('again').value) return say('两次输入的密码不一样', true);
  const token = location.hash.slice(1);
  const res = await fetch('/auth/set-password', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password }),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) return say(data.error ? data.error.message : '保存失败，请稍后再试', true);
  say('密码已设置，现在可以用账号 ' + data.staffId + ' 登录了。');
  setTimeout(() => (location.href = '/chat'), 1500);
});
