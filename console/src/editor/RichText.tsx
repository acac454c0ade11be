import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { ImageDialog } from './ImageDialog';
import { FINDING_TYPE, label } from '../labels';
import type { Finding } from '../types';

interface HighlightState { findings: Finding[]; set: DecorationSet }
const findingsKey = new PluginKey<HighlightState>('findings');

/** Positions in the document of every occurrence of a finding's text (text may span formatting marks). */
function decorate(doc: PMNode, findings: Finding[]): DecorationSet {
  let text = '';
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isText) {
      for (let i = 0; i < node.text!.length; i++) positions.push(pos + i);
      text += node.text;
    } else if (node.isBlock && text.length) {
      text += '\n';
      positions.push(-1);
    }
    return true;
  });
  const decorations: Decoration[] = [];
  for (const f of findings) {
    if (!f.text) continue;
    for (let at = text.indexOf(f.text); at >= 0; at = text.indexOf(f.text, at + f.text.length)) {
      const from = positions[at];
      const to = positions[at + f.text.length - 1];
      if (from < 0 || to < 0) continue;
      decorations.push(Decoration.inline(from, to + 1, { class: `finding ${f.severity === 'BLOCK' ? 'block' : 'warn'}`, title: `${label(FINDING_TYPE, f.type)}${f.replacement ? `，将替换为 ${f.replacement}` : ''}`, nodeName: 'mark' }));
    }
  }
  return DecorationSet.create(doc, decorations);
}

/** Highlights the gate's findings in the text being written; findings arrive through a transaction meta. */
const FindingHighlight = Extension.create({
  name: 'findingHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: findingsKey,
        state: {
          init: (_, state) => ({ findings: [], set: DecorationSet.create(state.doc, []) }),
          apply(tr, old) {
            const next = tr.getMeta(findingsKey) as Finding[] | undefined;
            if (next) return { findings: next, set: decorate(tr.doc, next) };
            return tr.docChanged ? { findings: old.findings, set: decorate(tr.doc, old.findings) } : old;
          },
        },
        props: { decorations: (state) => findingsKey.getState(state)?.set },
      }),
    ];
  },
});

export interface RichTextProps {
  id: string;
  value: string;
  onChange(html: string): void;
  findings: Finding[];
}

/**
 * 正文: Tiptap with what the hub's sanitizer keeps (paragraphs, headings, lists, bold, italic, links, tables,
 * images). Tables and images must be nodes of the editor: a schema without them drops a pasted table or a body
 * written through the API the moment it is opened here, and saving would lose it.
 */
export default function RichText({ id, value, onChange, findings }: RichTextProps) {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ codeBlock: false, code: false, horizontalRule: false }),
      TableKit.configure({ table: { resizable: false } }),
      Image.configure({ inline: false, allowBase64: false }),
      FindingHighlight,
    ],
    content: value,
    editorProps: { attributes: { id, role: 'textbox', 'aria-multiline': 'true', 'aria-label': '正文' } },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
    immediatelyRender: true,
  });

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(findingsKey, findings));
  }, [editor, findings]);

  // Tiptap 3 does not re-render on every transaction: the toolbar reads the states it shows from the editor.
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      heading: e?.isActive('heading', { level: 2 }) ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
      orderedList: e?.isActive('orderedList') ?? false,
      blockquote: e?.isActive('blockquote') ?? false,
      table: e?.isActive('table') ?? false,
    }),
  });
  const [picking, setPicking] = useState(false);

  const tool = (name: string, shortcut: string, active: boolean, run: () => void) => (
    <Tooltip title={shortcut}>
      <Button size="small" type={active ? 'primary' : 'default'} aria-pressed={active} onMouseDown={(e) => e.preventDefault()} onClick={run}>{name}</Button>
    </Tooltip>
  );

  const command = (name: string, run: () => void) => (
    <Button size="small" onMouseDown={(e) => e.preventDefault()} onClick={run}>{name}</Button>
  );

  return (
    <div className="editor-box">
      <div className="editor-toolbar" role="toolbar" aria-label="正文格式">
        {editor && (
          <>
            {tool('加粗', 'Ctrl+B', active?.bold ?? false, () => editor.chain().focus().toggleBold().run())}
            {tool('倾斜', 'Ctrl+I', active?.italic ?? false, () => editor.chain().focus().toggleItalic().run())}
            {tool('小标题', 'Ctrl+Alt+2', active?.heading ?? false, () => editor.chain().focus().toggleHeading({ level: 2 }).run())}
            {tool('项目列表', 'Ctrl+Shift+8', active?.bulletList ?? false, () => editor.chain().focus().toggleBulletList().run())}
            {tool('编号列表', 'Ctrl+Shift+7', active?.orderedList ?? false, () => editor.chain().focus().toggleOrderedList().run())}
            {tool('引用', 'Ctrl+Shift+B', active?.blockquote ?? false, () => editor.chain().focus().toggleBlockquote().run())}
            {command('插入表格', () => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
            {active?.table && (
              <>
                {command('增加行', () => editor.chain().focus().addRowAfter().run())}
                {command('增加列', () => editor.chain().focus().addColumnAfter().run())}
                {command('删除行', () => editor.chain().focus().deleteRow().run())}
                {command('删除列', () => editor.chain().focus().deleteColumn().run())}
                {command('删除表格', () => editor.chain().focus().deleteTable().run())}
              </>
            )}
            {command('插入图片', () => setPicking(true))}
          </>
        )}
      </div>
      <EditorContent editor={editor} className="editor-content" />
      <ImageDialog open={picking} onClose={() => setPicking(false)} onPick={(image) => {
        setPicking(false);
        editor?.chain().focus().setImage(image).run();
      }} />
    </div>
  );
}
