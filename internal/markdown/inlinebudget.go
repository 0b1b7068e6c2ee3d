package markdown

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// maxInlineWork bounds the inline parsing work of one document, in
// "byte steps": every emphasis, strikethrough, code span, link, autolink or
// raw HTML marker goldmark meets costs the length in bytes of the block
// (paragraph, heading or table cell) that holds it. That is an upper bound
// of what goldmark may do for the marker: a code span or an HTML comment
// scans the rest of its block for a closer, and the delimiters of emphasis
// are matched against every earlier one (goldmark issue #555). Pathological
// paragraphs (a 1 MB line of `*a_b*c_d**`, or thousands of unmatched
// backticks) therefore take quadratic time: minutes for a megabyte.
//
// One byte step costs goldmark at most about a nanosecond, so the bound keeps
// the inline parsing of any document under about half a second. Real
// documents stay far below it: the 25 documents of the shared corpus spend
// between 0.1 and 40 thousand byte steps per kilobyte, so a 10 MiB document
// of such prose spends at most a tenth of the bound.
const maxInlineWork = 500_000_000

// inlineWorkKey holds the *inlineWork of one Parse in goldmark's context.
var inlineWorkKey = parser.NewContextKey()

// inlineWork accounts the inline parsing work of one document.
type inlineWork struct {
	block  ast.Node // the block whose inline content is being parsed
	length int      // bytes of block's lines
	spent  int64    // byte steps spent so far
	// over is the block where the bound was crossed, or nil.
	over ast.Node
}

// charge accounts one marker met in parent and reports whether goldmark may
// still parse it. Once the bound is crossed, every later marker stays plain
// text, so the rest of the parse is linear.
func (w *inlineWork) charge(parent ast.Node) bool {
	if w.over != nil {
		return false
	}
	if parent != w.block {
		w.block = parent
		w.length = linesLength(parent)
	}
	w.spent += int64(max(w.length, 1))
	if w.spent > maxInlineWork {
		w.over = parent
		return false
	}
	return true
}

// linesLength returns the number of bytes in the lines of a block node.
func linesLength(n ast.Node) int {
	if n.Type() != ast.TypeBlock {
		return 0
	}
	total := 0
	lines := n.Lines()
	for i := range lines.Len() {
		segment := lines.At(i)
		total += segment.Len()
	}
	return total
}

// overError is the *InputError for a document whose inline markup crossed
// the bound, naming the line of the block where it happened.
func (w *inlineWork) overError(path string, index *lineIndex) error {
	line := 1
	if lines := w.over.Lines(); lines.Len() > 0 {
		line = index.line(lines.At(0).Start)
	}
	return &InputError{
		Path: path,
		Line: line,
		Msg: "too much inline markup to parse (the paragraph at line " + strconv.Itoa(line) +
			" and those before it hold so many unmatched *, _, ~, `, [ or < markers that parsing them would take minutes); " +
			"split long paragraphs or escape the markers",
	}
}

// budgetedInline wraps one of goldmark's inline parsers so that it charges
// the document's inlineWork before it runs, and declines (the marker stays
// plain text) once the bound is crossed.
type budgetedInline struct {
	inner parser.InlineParser
}

// Trigger returns the characters the wrapped parser starts at.
func (b budgetedInline) Trigger() []byte {
	return b.inner.Trigger()
}

// Parse runs the wrapped parser if the document's budget allows it.
func (b budgetedInline) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	if work, ok := pc.Get(inlineWorkKey).(*inlineWork); ok && !work.charge(parent) {
		return nil
	}
	return b.inner.Parse(parent, block, pc)
}

// CloseBlock lets the wrapped parser clean up at the end of a block (the
// link parser drops its unmatched brackets there).
func (b budgetedInline) CloseBlock(parent ast.Node, block text.Reader, pc parser.Context) {
	if closer, ok := b.inner.(parser.CloseBlocker); ok {
		closer.CloseBlock(parent, block, pc)
	}
}

// newGFMParser returns goldmark's parser with the GFM extensions (tables,
// strikethrough, linkify, task lists), exactly as
// goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser() builds it,
// except that the inline parsers whose work can grow quadratically are
// budgeted. Linkify and task check boxes only look at the text next to
// their trigger and stay as they are.
func newGFMParser() parser.Parser {
	budgeted := []util.PrioritizedValue{}
	for _, v := range append(parser.DefaultInlineParsers(), util.Prioritized(extension.NewStrikethroughParser(), 500)) {
		if inner, ok := v.Value.(parser.InlineParser); ok {
			v.Value = budgetedInline{inner: inner}
		}
		budgeted = append(budgeted, v)
	}
	return parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(budgeted...),
		parser.WithInlineParsers(
			util.Prioritized(extension.NewLinkifyParser(), 999),
			util.Prioritized(extension.NewTaskCheckBoxParser(), 0),
		),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
		parser.WithParagraphTransformers(util.Prioritized(extension.NewTableParagraphTransformer(), 200)),
		parser.WithASTTransformers(util.Prioritized(extension.NewTableASTTransformer(), 0)),
	)
}
