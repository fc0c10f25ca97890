export interface HttpFigures {
  connections: number;
  durationSeconds: number;
  pages: { path: string; requestsPerSecond: number; latencyMedianMs: number; latencyP99Ms: number; non2xx: number }[];
  ratio: number;
  note?: string;
}
export async function measureHttp(_url: string, _duration: number): Promise<HttpFigures | undefined> {
  return undefined;
}
