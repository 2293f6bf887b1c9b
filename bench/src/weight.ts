// 4. Weight: what the agent's browser downloads for the sidebar, against a minimal Garden sidebar built the same way.
export interface WeightResult {
  todo: string;
}
export async function weight(): Promise<WeightResult> {
  return { todo: 'pending' };
}
