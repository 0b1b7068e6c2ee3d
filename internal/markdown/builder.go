package markdown

import (
	"bytes"
	"slices"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/addlint/addlint/internal/model"
)

// builder fills a model.Document during one walk of goldmark's syntax
// tree. Block handlers consume their inline content themselves.
type builder struct {
	doc   *model.Document
	src   []byte
	index *lineIndex

	// Sections.
	slugs    slugger
	ids      slugger
	open     []int      // indexes into doc.Sections of the enclosing headings
	section  int        // index of the innermost section, -1 before the first heading
	current  string     // its id, "" before the first heading
	body     textBuffer // own prose of the current section
	hasBody  bool       // the current section's own body has content
	firstH1  ast.Node   // the document's title heading
	metaOpen bool       // still before the first H2 (metadata region)

	// Lists.
	lists []listFrame
	items []itemFrame

	// Scratch for inline content.
	in     inlineState
	text   textBuffer
	masks  []span
	marks  []int
	fields fieldState

	// Scratch for a table row: its cells' texts and where each ends.
	rowText []byte
	rowEnds []int
}

// span is a byte range [start, end) of the source.
type span struct{ start, end int }

func newBuilder(doc *model.Document, src []byte, index *lineIndex) *builder {
	return &builder{doc: doc, src: src, index: index, section: -1, metaOpen: true}
}

// build walks the syntax tree and completes the document.
func (b *builder) build(root ast.Node) {
	b.presize(root)
	walk(root, b.enter, b.leave)
	b.finishSections()
	resolveSuppressions(b.doc.Suppressions, b.doc.Lines)
	if status, ok := b.doc.Metadata["status"]; ok {
		b.doc.Status = normalizeStatus(status.Value)
	}
}

// maxPresizedFields bounds the fields presize makes room for.
const maxPresizedFields = 256

// presize gives the document's sections, tables and code blocks, and the
// sluggers, room for those among the top-level blocks of the syntax tree,
// and the fields room for one per bold span of the source (up to
// maxPresizedFields), so that they do not grow one append at a time.
func (b *builder) presize(root ast.Node) {
	headings, tables, code := 0, 0, 0
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		switch n.Kind() {
		case ast.KindHeading:
			headings++
		case east.KindTable:
			tables++
		case ast.KindFencedCodeBlock, ast.KindCodeBlock:
			code++
		}
	}
	b.doc.Sections = slices.Grow(b.doc.Sections, headings)
	b.doc.Tables = slices.Grow(b.doc.Tables, tables)
	b.doc.CodeBlocks = slices.Grow(b.doc.CodeBlocks, code)
	b.doc.Fields = slices.Grow(b.doc.Fields, min(bytes.Count(b.src, []byte("**"))/2, maxPresizedFields))
	b.slugs.grow(headings)
	b.ids.grow(headings)
}

// enter handles a block node and reports whether to visit its children.
func (b *builder) enter(n ast.Node) bool {
	switch n.Kind() {
	case ast.KindDocument, ast.KindBlockquote:
		return true
	case ast.KindHeading:
		b.heading(n.(*ast.Heading))
	case ast.KindParagraph, ast.KindTextBlock:
		b.paragraph(n)
	case ast.KindList:
		b.enterList(n.(*ast.List))
		return true
	case ast.KindListItem:
		b.enterItem(n.(*ast.ListItem))
		return true
	case east.KindTable:
		b.table(n.(*east.Table))
	case ast.KindFencedCodeBlock:
		b.fencedCode(n.(*ast.FencedCodeBlock))
	case ast.KindCodeBlock:
		b.indentedCode(n.(*ast.CodeBlock))
	case ast.KindHTMLBlock:
		b.htmlBlock(n.(*ast.HTMLBlock))
	case ast.KindThematicBreak, ast.KindLinkReferenceDefinition:
	default:
		return n.Type() != ast.TypeInline
	}
	return false
}

// leave closes the list frames opened by enter.
func (b *builder) leave(n ast.Node) {
	switch n.Kind() {
	case ast.KindList:
		b.lists = b.lists[:len(b.lists)-1]
	case ast.KindListItem:
		b.items = b.items[:len(b.items)-1]
	}
}

// pos returns the line and column of byte offset off.
func (b *builder) pos(off int) (line, col int) { return b.index.pos(off) }

// line returns the line of byte offset off.
func (b *builder) line(off int) int { return b.index.line(off) }

// paragraph handles a paragraph or a tight list item's text block.
func (b *builder) paragraph(n ast.Node) {
	text, image := b.inline(n, true)
	b.addBody(text)
	if len(text) > 0 || image {
		b.hasBody = true
	}
	if n.Parent() != nil && n.Parent().Kind() == ast.KindListItem && len(b.items) > 0 {
		b.addItemText(text)
	}
	b.scanPlaceholders(n.Lines())
}

// addBody appends the plain text of an inline container (as inline
// returns it, collapsed) to the current section's own text.
func (b *builder) addBody(text []byte) {
	if len(text) == 0 {
		return
	}
	b.body.space()
	b.body.appendCollapsed(text)
}

// htmlBlock reads suppression comments; HTML other than comments counts
// as section content.
func (b *builder) htmlBlock(n *ast.HTMLBlock) {
	if n.HTMLBlockType != ast.HTMLBlockType2 {
		b.hasBody = true
	}
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	end := lines.At(lines.Len() - 1).Stop
	if n.HasClosure() {
		end = max(end, n.ClosureLine.Stop)
	}
	b.scanComments(lines.At(0).Start, end)
}
