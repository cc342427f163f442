// The web chat: who is talking comes from the session (a customer's link or a staff login), never from the page.
const $ = (id) => document.getElementById(id);
const ROLE_NAMES = {
  rep: '业务员',
  clerk: '内勤',
  warehouse: '仓库',
  finance: '财务',
  manager: '区域经理',
  admin: '管理员',
};
let csrfToken = null;

function bubble(kind, body) {
  const div = document.createElement('div');
  div.className = 'msg ' + kind;
  div.textContent = body;
  $('log').appendChild(div);
  $('log').scrollTop = $('log').scrollHeight;
}

async function api(method, path, body) {
  const res = await fetch(path, {
    method,
    headers: {
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(csrfToken && { 'x-csrf-token': csrfToken }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const data = res.status === 204 ? {} : await res.json().catch(() => ({}));
  if (!res.ok)
    throw Object.assign(new Error(data.error ? data.error.message : '网络出错了'), { status: res.status });
  return data;
}

function describe(person) {
  if (person.kind === 'customer') return person.name;
  return person.name + '（' + person.roles.map((r) => ROLE_NAMES[r] || r).join('、') + '）';
}

function showChat(me) {
  csrfToken = me.csrfToken;
  $('signin').hidden = true;
  $('me').hidden = false;
  $('log').hidden = false;
  $('send').hidden = false;
  $('who').textContent = describe(me.person);
  const div = document.createElement('div');
  div.className = 'hint';
  div.textContent =
    me.person.kind === 'staff'
      ? '业务员可以说：帮王老板下单 50袋水泥 / 待确认 / 确认 12'
      : '像在微信里一样下单，比如：水泥 50袋、2.5平方红线 10卷';
  $('log').appendChild(div);
  showHistory().finally(poll);
}

/** What was said before (this device or another), so a reload does not empty the chat. */
async function showHistory() {
  try {
    const { messages } = await api('GET', '/chat/api/history');
    for (const m of messages) bubble(m.from, m.text);
  } catch {}
}

async function showSignIn() {
  $('signin').hidden = false;
  if (new URLSearchParams(location.search).get('link') === 'invalid') {
    $('link-note').textContent = '这个链接已失效，请联系您的业务员重新发送。员工请登录：';
  }
  const demo = await fetch('/chat/api/demo-accounts').then(
    (r) => (r.ok ? r.json() : null),
    () => null,
  );
  if (!demo) return;
  $('demo').hidden = false;
  $('demo-password').textContent = demo.password;
  for (const s of demo.staff) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'plain';
    b.textContent = describe({ kind: 'staff', ...s });
    b.addEventListener('click', () => {
      $('login-name').value = s.id;
      $('login-password').value = demo.password;
    });
    $('demo-staff').appendChild(b);
  }
  for (const c of demo.customers) {
    const a = document.createElement('a');
    a.href = c.url;
    a.textContent = c.name;
    $('demo-customers').appendChild(a);
  }
}

async function login(event) {
  event.preventDefault();
  $('login-error').textContent = '';
  try {
    showChat(
      await api('POST', '/auth/login', { login: $('login-name').value, password: $('login-password').value }),
    );
  } catch (err) {
    $('login-error').textContent = err.message;
  }
}

async function send(event) {
  event.preventDefault();
  const text = $('text').value.trim();
  if (!text) return;
  $('text').value = '';
  bubble('me', text);
  $('go').disabled = true;
  try {
    const data = await api('POST', '/chat/api/messages', { text });
    for (const reply of data.replies) bubble('bot', reply);
  } catch (err) {
    bubble('notice', '发送失败：' + err.message);
    if (err.status === 401) location.reload();
  } finally {
    $('go').disabled = false;
    $('text').focus();
  }
}

async function poll() {
  try {
    for (const m of (await api('GET', '/chat/api/inbox')).messages) bubble('notice', m);
  } catch {}
  setTimeout(poll, 2000);
}

$('login').addEventListener('submit', login);
$('send').addEventListener('submit', send);
$('logout').addEventListener('click', async () => {
  await api('POST', '/auth/logout').catch(() => undefined);
  location.href = '/chat';
});
api('GET', '/auth/me').then((me) => (me.person ? showChat(me) : showSignIn()), showSignIn);
