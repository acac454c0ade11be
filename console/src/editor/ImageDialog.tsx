import { Form, Input, Modal } from 'antd';
import { useState } from 'react';

export interface PickedImage { src: string; alt: string }

/**
 * 插入图片: the image's address and its 图片说明. The description is required: the portal's readers who cannot see
 * the picture hear it, and the gate scans it like the text. Only http(s) addresses and the hub's own paths pass
 * the sanitizer, so anything else is refused here, where the editor can still correct it.
 */
export function ImageDialog({ open, onClose, onPick }: { open: boolean; onClose(): void; onPick(image: PickedImage): void }) {
  const [src, setSrc] = useState('');
  const [alt, setAlt] = useState('');
  const [errors, setErrors] = useState<{ src?: string; alt?: string }>({});
  const confirm = () => {
    const address = src.trim();
    const description = alt.trim();
    const next: { src?: string; alt?: string } = {};
    if (!/^(https?:\/\/[^\s]+|\/[^\s/][^\s]*)$/i.test(address)) next.src = '请填写以 http:// 或 https:// 开头的图片地址，或本站以 / 开头的地址';
    if (!description) next.alt = '请填写图片说明（看不到图片的读者会听到它）';
    setErrors(next);
    if (next.src || next.alt) return;
    onPick({ src: address, alt: description });
    setSrc('');
    setAlt('');
  };
  return (
    <Modal title="插入图片" open={open} onCancel={onClose} onOk={confirm} okText="确定" cancelText="取消" destroyOnHidden>
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label="图片地址" htmlFor="image-src" validateStatus={errors.src ? 'error' : undefined} help={errors.src}>
          <Input id="image-src" value={src} onChange={(e) => setSrc(e.target.value)} placeholder="https://…" />
        </Form.Item>
        <Form.Item label="图片说明" htmlFor="image-alt" validateStatus={errors.alt ? 'error' : undefined} help={errors.alt}>
          <Input id="image-alt" value={alt} maxLength={200} onChange={(e) => setAlt(e.target.value)} onPressEnter={confirm} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
