export default function Messages(_: { params: Record<string, string> }) {
  return null;
}
