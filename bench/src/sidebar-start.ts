// 5. Sidebar start: iframe navigation → first interactive control, in headless Chromium on the Zendesk harness.
export async function sidebarStart(_runs: number): Promise<{ todo: string }> {
  return { todo: 'pending' };
}
