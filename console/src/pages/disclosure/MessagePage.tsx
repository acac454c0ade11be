export default function MessagePage(_: { params: Record<string, string> }) {
  return null;
}
