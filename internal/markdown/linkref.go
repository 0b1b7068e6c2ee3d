package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// linkReferenceFilter wraps goldmark's link reference definition
// transformer, which goldmark runs on every paragraph, so that it is
// skipped for paragraphs that cannot start with a definition ("[label]:
// destination"): those whose first character other than white space is not
// "[". On such a paragraph the wrapped transformer finds no definition and
// leaves the paragraph as it is.
type linkReferenceFilter struct {
	inner parser.ParagraphTransformer
}

// Transform runs the wrapped transformer unless the paragraph cannot start
// with a link reference definition.
func (f linkReferenceFilter) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	if lines := node.Lines(); lines != nil && lines.Len() > 0 && !startsWithBracket(lines, reader.Source()) {
		return
	}
	f.inner.Transform(node, reader, pc)
}

// startsWithBracket reports whether the first character of the lines other
// than white space is "[".
func startsWithBracket(lines *text.Segments, source []byte) bool {
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		for _, c := range source[max(seg.Start, 0):min(max(seg.Stop, seg.Start, 0), len(source))] {
			if !util.IsSpace(c) {
				return c == '['
			}
		}
	}
	return false
}
