package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// maxInlineWork bounds the inline parsing work of one document, in steps.
// Some inline constructs make goldmark's work grow with the square of a
// paragraph's length (goldmark issue #555 and its kin): a 1 MB line of
// `*a_b*c_d**` takes minutes, and so do thousands of unmatched backticks or
// of "[a](". Each marker goldmark meets is charged what goldmark may do for
// it (see the costs of budgetedInline), and once a document has spent the
// bound its remaining markers stay plain text and Parse refuses the file.
//
// One step costs goldmark a few nanoseconds at most (walking a long list of
// delimiters misses the cache; a failed link destination scan is charged
// four steps a byte), so the bound keeps the inline parsing of any document
// around a second. Real documents stay far below it: the shared
// corpus and testdata/docs spend at most 70 steps per kilobyte, 0.7 million
// for 10 MiB (the default size limit) of the busiest of them. A single
// paragraph may hold about 28,000 emphasis delimiters (14,000 pairs) before
// they alone reach the bound.
const maxInlineWork = 200_000_000

// linkScanWeight is the steps charged per byte a failed link destination
// may have scanned.
const linkScanWeight = 4

// inlineWorkKey holds the *inlineWork of one Parse in goldmark's context.
var inlineWorkKey = parser.NewContextKey()

// inlineWork accounts the inline parsing work of one document.
type inlineWork struct {
	block      ast.Node // the block whose inline content is being parsed
	blockEnd   int      // the source offset where block's last line ends
	markers    int64    // markers met in block
	delimiters int64    // emphasis and strikethrough delimiters met in block
	brackets   []int64  // the marker count at each "[" of block not yet closed
	spent      int64    // steps spent so far
	// over is the block where the bound was crossed, or nil.
	over ast.Node

	// linkBlock is the block linkPossible was found for (see linkifyFilter).
	linkBlock    ast.Node
	linkPossible bool
}

// enter makes parent the current block and reports whether the bound still
// allows parsing a marker.
func (w *inlineWork) enter(parent ast.Node) bool {
	if w.over != nil {
		return false
	}
	if parent != w.block {
		w.block, w.blockEnd = parent, blockEnd(parent)
		w.markers, w.delimiters, w.brackets = 0, 0, w.brackets[:0]
	}
	w.markers++
	return true
}

// spend charges steps, marking the current block when the bound is crossed.
func (w *inlineWork) spend(steps int64) {
	w.spent += max(steps, 1)
	if w.spent > maxInlineWork && w.over == nil {
		w.over = w.block
	}
}

// overError is the *InputError for a document whose inline markup crossed
// the bound, naming the line of the block where it happened.
func (w *inlineWork) overError(path string, index *lineIndex) error {
	line := 1
	if w.over.Type() == ast.TypeBlock {
		if lines := w.over.Lines(); lines.Len() > 0 {
			line = index.line(lines.At(0).Start)
		}
	}
	return &InputError{
		Path: path,
		Line: line,
		Msg: "too much inline markup to parse: this paragraph and those before it hold so many unmatched " +
			"*, _, ~, `, [ or ]( markers that parsing them would take minutes; split long paragraphs or escape the markers",
	}
}

// inlineCost says how budgetedInline charges one of goldmark's parsers.
type inlineCost int

const (
	// costFlat charges one step: the parser only looks near its marker
	// (autolinks; raw HTML, whose unclosed comments goldmark remembers).
	costFlat inlineCost = iota
	// costDelimiter charges an emphasis or strikethrough delimiter that can
	// close the number of delimiters met before it in its block: goldmark
	// matches each closer against the delimiters before it, one by one.
	costDelimiter
	// costCodeSpan charges an unmatched code span opener the rest of its
	// block, which goldmark scanned for a closer.
	costCodeSpan
	// costLink charges a "]" the brackets still open before it and the
	// markers since its "[" (goldmark walks them), and a "](" or "][" that
	// made no link the rest of its block, which goldmark may have scanned for
	// the destination's end.
	costLink
)

// budgetedInline wraps one of goldmark's inline parsers so that it charges
// the document's inlineWork, and declines (the marker stays plain text) once
// the bound is crossed.
type budgetedInline struct {
	inner parser.InlineParser
	cost  inlineCost
}

// Trigger returns the characters the wrapped parser starts at.
func (b budgetedInline) Trigger() []byte {
	return b.inner.Trigger()
}

// Parse runs the wrapped parser if the document's budget allows it, then
// charges what the parser may have done.
func (b budgetedInline) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	work, ok := pc.Get(inlineWorkKey).(*inlineWork)
	if !ok {
		return b.inner.Parse(parent, block, pc)
	}
	if !work.enter(parent) {
		return nil
	}
	line, start := block.PeekLine()
	node := b.inner.Parse(parent, block, pc)
	rest := int64(work.blockEnd - start.Start)
	switch b.cost {
	case costDelimiter:
		if delimiter, isDelimiter := node.(*parser.Delimiter); isDelimiter {
			work.delimiters++
			if delimiter.CanClose {
				work.spend(work.delimiters)
				return node
			}
		}
	case costCodeSpan:
		if _, isText := node.(*ast.Text); isText {
			work.spend(rest)
			return node
		}
	case costLink:
		work.spend(work.linkCost(line, node, start.Start, block))
		return node
	}
	work.spend(1)
	return node
}

// linkCost charges one marker of the link parser (see costLink) and keeps
// track of the open brackets.
// start is the source offset of the marker.
func (w *inlineWork) linkCost(line []byte, node ast.Node, start int, block text.Reader) int64 {
	switch {
	case len(line) == 0:
		return 1
	case line[0] == '[' || (line[0] == '!' && node != nil):
		w.brackets = append(w.brackets, w.markers)
		return 1
	case line[0] != ']':
		return 1
	}
	steps := int64(1 + len(w.brackets))
	if open := len(w.brackets); open > 0 {
		steps += w.markers - w.brackets[open-1]
		w.brackets = w.brackets[:open-1]
	}
	_, after := block.Position()
	if len(line) > 1 && (line[1] == '(' || line[1] == '[') && after.Start-start <= 1 {
		// Scanning for a destination's end costs goldmark about four times
		// what scanning for a code span's closer does.
		steps += linkScanWeight * int64(w.blockEnd-start)
	}
	return steps
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
// their trigger and are not budgeted; linkify is skipped in blocks that
// cannot hold a bare link (see linkifyFilter), and link reference
// definitions are only looked for in paragraphs that start with "[" (see
// linkReferenceFilter).
func newGFMParser() parser.Parser {
	budgeted := func(p parser.InlineParser, cost inlineCost, priority int) util.PrioritizedValue {
		return util.Prioritized(budgetedInline{inner: p, cost: cost}, priority)
	}
	return parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		// The priorities of parser.DefaultInlineParsers and the GFM extensions.
		parser.WithInlineParsers(
			budgeted(parser.NewCodeSpanParser(), costCodeSpan, 100),
			budgeted(parser.NewLinkParser(), costLink, 200),
			budgeted(parser.NewAutoLinkParser(), costFlat, 300),
			budgeted(parser.NewRawHTMLParser(), costFlat, 400),
			budgeted(parser.NewEmphasisParser(), costDelimiter, 500),
			budgeted(extension.NewStrikethroughParser(), costDelimiter, 500),
			util.Prioritized(linkifyFilter{inner: extension.NewLinkifyParser()}, 999),
			util.Prioritized(extension.NewTaskCheckBoxParser(), 0),
		),
		// parser.DefaultParagraphTransformers, filtered.
		parser.WithParagraphTransformers(util.Prioritized(linkReferenceFilter{inner: parser.LinkReferenceParagraphTransformer}, 100)),
		parser.WithParagraphTransformers(util.Prioritized(extension.NewTableParagraphTransformer(), 200)),
		parser.WithASTTransformers(util.Prioritized(extension.NewTableASTTransformer(), 0)),
	)
}
