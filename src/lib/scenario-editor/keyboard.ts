/**
 * Keyboard of the scenario editor: Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo (⌘ on a Mac), Esc deselects the group.
 * Keys typed into a field are the field's.
 */
export type EditorKeyAction = 'undo' | 'redo' | 'deselect';

/** The part of a KeyboardEvent the decision needs. */
export interface EditorKey {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	/** The element the key was typed in (its tag name), if any. */
	target?: { tagName?: string } | null;
}

const FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** What a key press does in the editor, or null (the browser keeps it). */
export function editorKeyAction(e: EditorKey): EditorKeyAction | null {
	if (e.target?.tagName && FIELDS.has(e.target.tagName)) return null;
	const mod = e.ctrlKey || e.metaKey;
	const key = e.key.toLowerCase();
	if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
	if (mod && key === 'y') return 'redo';
	if (e.key === 'Escape') return 'deselect';
	return null;
}
