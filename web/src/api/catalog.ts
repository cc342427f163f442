import { get, send } from './request';

export interface Product {
  sku: string;
  name: string;
  category: string | null;
  brand: string | null;
  aliases: string[];
  specs: Record<string, string>;
  unit: string;
  unitAliases: string[];
  priceFen: number;
  tierPricesFen: Record<string, number>;
  priceBreaks: { minQty: number; priceFen: number; tier?: string }[];
  onHand: number;
  reserved: number;
  available: number;
  /** Free stock at or below this is low (the SKU's reorder level). */
  reorderAt: number;
  active: boolean;
}

export interface RowError {
  line?: number;
  index?: number;
  key?: string;
  field: string;
  reason: string;
}

export interface CatalogImport {
  id: string;
  state: 'checking' | 'writing' | 'done' | 'failed';
  done: number;
  total: number;
  errors: RowError[];
  summary: { inserted: number; updated: number; unchanged: number; deactivated: number } | null;
}

export const listProducts = (f: {
  search?: string;
  category?: string;
  low?: '1';
  offset?: number;
  limit?: number;
}) => get<{ items: Product[]; total: number; categories: string[] }>('/api/products', { ...f });

export const startImport = (format: 'csv' | 'json', content: string, replace: boolean, key: string) =>
  send<{ id: string }>('post', '/api/catalog/imports', { format, content, replace }, key);

export const importProgress = (id: string) => get<CatalogImport>(`/api/catalog/imports/${id}`);

export const exportUrl = (format: 'csv' | 'json') => `/api/catalog/export?format=${format}`;
