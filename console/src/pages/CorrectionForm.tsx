import ContentForm from './ContentForm';

/** 更正 of a published item: the item form with the required 更正说明. */
export default function CorrectionForm({ params }: { params: Record<string, string> }) {
  return <ContentForm params={params} correcting />;
}
