/**
 * A table's empty text in a readable shade: Ant Design's default placeholder grey fails the 4.5:1 contrast
 * ratio that axe requires.
 */
export const EmptyNote = ({ children }: { children: string }) => <span style={{ color: 'rgba(0,0,0,0.65)' }}>{children}</span>;
