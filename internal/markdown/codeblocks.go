package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	gmtext "github.com/yuin/goldmark/text"

	"github.com/addlint/addlint/internal/model"
)

// fencedCode records a fenced code block, checking yaml and json content.
func (b *builder) fencedCode(n *ast.FencedCodeBlock) {
	b.hasBody = true
	open := max(n.Pos(), 0)
	line := b.line(open)
	lines := n.Lines()
	last := line
	if lines.Len() > 0 {
		last = b.line(lines.At(lines.Len() - 1).Start)
	}
	end := last
	if b.closesFence(open, last+1) {
		end = last + 1
	}
	lang := ""
	if n.Info != nil {
		lang = infoLanguage(n.Info.Segment.Value(b.src))
	}
	content := b.codeContent(lines)
	block := model.CodeBlock{Section: b.current, Lang: lang, Fenced: true, Line: line, EndLine: end, Content: string(content)}
	block.ParseError = checkEmbedded(lang, content, line+1)
	if block.ParseError != nil {
		// An empty block's error sits on the closing fence, or on the
		// opening fence when there is none.
		block.ParseError.FileLine = min(block.ParseError.FileLine, end)
	}
	b.doc.CodeBlocks = append(b.doc.CodeBlocks, block)
}

// indentedCode records an indented code block.
func (b *builder) indentedCode(n *ast.CodeBlock) {
	b.hasBody = true
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	block := model.CodeBlock{
		Section: b.current,
		Line:    b.line(lines.At(0).Start),
		EndLine: b.line(lines.At(lines.Len() - 1).Start),
		Content: string(b.codeContent(lines)),
	}
	b.doc.CodeBlocks = append(b.doc.CodeBlocks, block)
}

// codeContent joins a code block's lines, one "\n" after each.
func (b *builder) codeContent(lines *gmtext.Segments) []byte {
	size := 0
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		size += seg.Len() + seg.Padding + 1
	}
	out := make([]byte, 0, size)
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		out = append(out, seg.Value(b.src)...)
		if len(out) == 0 || out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
	}
	return out
}

// closesFence reports whether the given line closes the fence that opens
// at byte offset open: the same fence character, at least as many, and
// nothing else but container markers and spaces.
func (b *builder) closesFence(open, line int) bool {
	if line > b.index.lines {
		return false
	}
	i := open
	for i < len(b.src) && (b.src[i] == ' ' || b.src[i] == '\t') {
		i++
	}
	if i >= len(b.src) || (b.src[i] != '`' && b.src[i] != '~') {
		return false
	}
	char := b.src[i]
	width := 0
	for i+width < len(b.src) && b.src[i+width] == char {
		width++
	}
	text := bytes.TrimLeft(b.src[b.index.lineStart(line):b.index.lineEnd(line)], " \t>")
	run := 0
	for run < len(text) && text[run] == char {
		run++
	}
	return run >= width && len(bytes.TrimSpace(text[run:])) == 0
}

// infoLanguage returns the language of a fence's info string: its first
// word in lower case, without pandoc's braces and dot ("{.yaml}" is yaml).
func infoLanguage(info []byte) string {
	fields := strings.Fields(string(info))
	if len(fields) == 0 {
		return ""
	}
	word := strings.TrimLeft(fields[0], "{.")
	if i := strings.IndexAny(word, "{},"); i >= 0 {
		word = word[:i]
	}
	return strings.ToLower(word)
}
