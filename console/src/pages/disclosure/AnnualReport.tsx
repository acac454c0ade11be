export default function AnnualReport(_: { params: Record<string, string> }) {
  return null;
}
