package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"

	"github.com/addlint/addlint/internal/model"
)

// inline reads the inline content of container (a paragraph, text block,
// heading or table cell): it returns its plain text and whether it holds an
// image, records links and images, collects the byte ranges that
// placeholders must not be searched in (b.masks), and, when withFields is
// set, records `**Key**: value` fields. The text is b.text's buffer: it is
// only valid until the next call.
func (b *builder) inline(container ast.Node, withFields bool) (text []byte, image bool) {
	b.text.reset()
	b.masks = b.masks[:0]
	b.marks = b.marks[:0]
	b.fields = fieldState{open: -1}
	b.in = inlineState{container: container, end: blockEnd(container), withFields: withFields}
	walk(container, b.enterInline, b.leaveInline)
	if withFields {
		b.closeField(b.text.mark())
	}
	return b.text.contents(), b.in.image
}

// inlineState is the container whose inline content is being read.
type inlineState struct {
	container  ast.Node
	end        int  // end offset of the container's last line
	withFields bool // record `**Key**: value` fields
	image      bool // the container holds an image
}

// enterInline handles an inline node and reports whether to read its
// children.
func (b *builder) enterInline(n ast.Node) bool {
	in := &b.in
	if n == in.container {
		return true
	}
	if in.withFields && n.Parent() == in.container {
		b.fieldChild(n)
	}
	switch n.Kind() {
	case ast.KindText:
		b.inlineText(n.(*ast.Text))
		return false
	case ast.KindString:
		b.text.write(n.(*ast.String).Value)
		return false
	case ast.KindCodeSpan:
		b.mask(n)
	case ast.KindLink, ast.KindImage:
		b.mask(n)
		b.marks = append(b.marks, b.text.mark())
	case ast.KindAutoLink:
		b.mask(n)
		b.autoLink(n.(*ast.AutoLink))
		return false
	case ast.KindRawHTML:
		b.mask(n)
		b.rawHTML(n.(*ast.RawHTML))
		return false
	case east.KindTaskCheckBox:
		b.mask(n)
		return false
	case ast.KindEmphasis:
		if in.withFields && n == b.fields.keyNode {
			b.fields.keyMark = b.text.mark()
		}
	}
	return true
}

// leaveInline completes links, images and field keys.
func (b *builder) leaveInline(n ast.Node) {
	switch n.Kind() {
	case ast.KindLink:
		b.link(n, string(n.(*ast.Link).Destination), false)
	case ast.KindImage:
		b.link(n, string(n.(*ast.Image).Destination), true)
		b.in.image = true
	case ast.KindEmphasis:
		if b.in.withFields && n == b.fields.keyNode {
			b.keyDone()
		}
	}
}

// blockEnd returns the end offset of a block's last line.
func blockEnd(n ast.Node) int {
	lines := n.Lines()
	if lines == nil || lines.Len() == 0 {
		return max(n.Pos(), 0)
	}
	return lines.At(lines.Len() - 1).Stop
}

// inlineText writes a text node, resolving backslash escapes and entities
// outside code spans.
func (b *builder) inlineText(t *ast.Text) {
	value := t.Segment.Value(b.src)
	if b.fields.expectColon {
		value = b.colonAfterKey(value)
	}
	if !t.IsRaw() && (bytes.IndexByte(value, '\\') >= 0 || bytes.IndexByte(value, '&') >= 0) {
		value = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(value)))
	}
	b.text.write(value)
	if t.SoftLineBreak() || t.HardLineBreak() {
		b.text.space()
	}
}

// mask records the source range of an inline node that placeholders must
// not be searched in: from its start to the start of what follows it.
func (b *builder) mask(n ast.Node) {
	start := n.Pos()
	if start < 0 {
		return
	}
	stop := b.in.end
	for m := n; m != nil && m != b.in.container; m = m.Parent() {
		if next := m.NextSibling(); next != nil && next.Pos() >= 0 {
			stop = next.Pos()
			break
		}
	}
	b.masks = append(b.masks, span{start, max(stop, start)})
}

// link records a link or an image when its inline content has been read.
// An image's alt text is not part of the surrounding plain text.
func (b *builder) link(n ast.Node, target string, image bool) {
	mark := b.text.mark()
	if len(b.marks) > 0 {
		mark = b.marks[len(b.marks)-1]
		b.marks = b.marks[:len(b.marks)-1]
	}
	line, col := b.pos(n.Pos())
	entry := model.Link{Section: b.current, Text: b.text.since(mark), Target: target, Line: line, Column: col}
	if image {
		b.text.truncate(mark)
		b.text.space()
		b.doc.Images = append(b.doc.Images, entry)
		return
	}
	b.doc.Links = append(b.doc.Links, entry)
}

// autoLink records <https://...> and bare URLs; its column is that of the
// "<" or of the URL.
func (b *builder) autoLink(n *ast.AutoLink) {
	label := n.Label(b.src)
	start := n.Pos()
	if start >= 0 && start < len(b.src) && b.src[start] != '<' {
		window := b.src[start:min(len(b.src), start+len(label)+8)]
		if i := bytes.Index(window, label); i >= 0 {
			start += i
		}
	}
	line, col := b.pos(start)
	b.doc.Links = append(b.doc.Links, model.Link{Section: b.current, Text: string(label), Target: string(label), Line: line, Column: col})
	b.text.write(label)
}

// rawHTML reads suppression comments in inline HTML; a tag separates words.
func (b *builder) rawHTML(n *ast.RawHTML) {
	b.text.space()
	if n.Segments == nil || n.Segments.Len() == 0 {
		return
	}
	b.scanComments(n.Segments.At(0).Start, n.Segments.At(n.Segments.Len()-1).Stop)
}
