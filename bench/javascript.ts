export interface PageJavaScript { page: string; url?: string; files: number; gzipBytes: number }
export async function measureJavaScript(): Promise<PageJavaScript[]> { return []; }
