/** Where a Mongolian version stands, in the console's words. */
export const TRANSLATION_STATUS: Record<string, string> = { IN_REVIEW: '译文待审核', APPROVED: '译文已通过', REJECTED: '译文已退回' };
