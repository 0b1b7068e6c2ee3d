package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// linkifyFilter wraps goldmark's linkify parser (bare URLs and e-mail
// addresses), which goldmark calls at every space, "*", "_", "~" and "(" of
// inline content, so that it is skipped in blocks that cannot hold a bare
// link: blocks without "@" (needed by an e-mail address) and without
// "http", "ftp:" or "www." (one of which starts every URL it links). The
// wrapped parser finds nothing in such a block, and when it finds nothing
// it changes nothing, so the syntax tree is the same.
type linkifyFilter struct {
	inner parser.InlineParser
}

// Trigger returns the characters the wrapped parser starts at.
func (f linkifyFilter) Trigger() []byte {
	return f.inner.Trigger()
}

// Parse runs the wrapped parser unless the block cannot hold a bare link.
func (f linkifyFilter) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	if work, ok := pc.Get(inlineWorkKey).(*inlineWork); ok && !work.mayHoldBareLink(parent, block.Source()) {
		return nil
	}
	return f.inner.Parse(parent, block, pc)
}

// CloseBlock lets the wrapped parser clean up at the end of a block, if it
// wants to.
func (f linkifyFilter) CloseBlock(parent ast.Node, block text.Reader, pc parser.Context) {
	if closer, ok := f.inner.(parser.CloseBlocker); ok {
		closer.CloseBlock(parent, block, pc)
	}
}

// mayHoldBareLink reports whether the source lines of parent hold "@",
// "http", "ftp:" or "www."; the answer is kept for the block's other
// markers.
func (w *inlineWork) mayHoldBareLink(parent ast.Node, source []byte) bool {
	if parent == w.linkBlock {
		return w.linkPossible
	}
	w.linkBlock, w.linkPossible = parent, true
	lines := parent.Lines()
	if lines == nil || lines.Len() == 0 {
		return true
	}
	start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if start < 0 || stop > len(source) || start > stop {
		return true
	}
	content := source[start:stop]
	w.linkPossible = bytes.IndexByte(content, '@') >= 0 || bytes.Contains(content, []byte("http")) ||
		bytes.Contains(content, []byte("ftp:")) || bytes.Contains(content, []byte("www."))
	return w.linkPossible
}
