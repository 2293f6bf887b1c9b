import type { ZafClient } from './types.js';

/** A ticket comment as the Tickets API returns it (the fields we read). */
export interface TicketComment {
  id: number;
  body?: string;
  plain_body?: string;
  public: boolean;
  created_at: string;
}

/**
 * The Tickets API through `client.request` (same-origin Zendesk API: the agent's session authenticates it).
 * Notes are written with the REST API, not the ticket editor, so they are saved at once and cannot be edited
 * or dropped by the agent before submitting.
 */
export interface TicketsApi {
  /** The newest comments first (one page: enough to find this app's recent notes). */
  comments(ticketId: number): Promise<TicketComment[]>;
  addInternalNote(ticketId: number, body: string): Promise<void>;
  addTags(ticketId: number, tags: string[]): Promise<void>;
}

export function zendeskTicketsApi(client: ZafClient): TicketsApi {
  return {
    async comments(ticketId) {
      const response = await client.request<{ comments?: TicketComment[] }>({
        url: `/api/v2/tickets/${ticketId}/comments.json?sort_order=desc&per_page=100`,
        type: 'GET',
        dataType: 'json',
      });
      return response.comments ?? [];
    },
    async addInternalNote(ticketId, body) {
      await client.request({
        url: `/api/v2/tickets/${ticketId}.json`,
        type: 'PUT',
        contentType: 'application/json',
        data: JSON.stringify({ ticket: { comment: { body, public: false } } }),
      });
    },
    async addTags(ticketId, tags) {
      // PUT …/tags adds to the ticket's tags (POST would replace them all).
      await client.request({
        url: `/api/v2/tickets/${ticketId}/tags.json`,
        type: 'PUT',
        contentType: 'application/json',
        data: JSON.stringify({ tags }),
      });
      // Keep the open ticket form in step, or the agent's next submit could send the old tag list.
      await Promise.all(tags.map((tag) => client.invoke('ticket.tags.add', tag))).catch(() => undefined);
    },
  };
}

export function commentText(comment: TicketComment): string {
  return comment.plain_body ?? comment.body ?? '';
}
