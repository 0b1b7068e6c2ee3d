package markdown

import (
	"bytes"
	"strings"
	"unicode"

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
	block := model.CodeBlock{Section: b.current, Lang: lang, Fenced: true, Line: line, EndLine: end, Content: content}
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
		Content: b.codeContent(lines),
	}
	b.doc.CodeBlocks = append(b.doc.CodeBlocks, block)
}

// codeContent joins a code block's lines, one "\n" after each.
func (b *builder) codeContent(lines *gmtext.Segments) string {
	size := 0
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		size += seg.Len() + seg.Padding + 1
	}
	var out strings.Builder
	out.Grow(size)
	endsWithNewline := false
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		value := seg.Value(b.src)
		out.Write(value)
		if len(value) > 0 {
			endsWithNewline = value[len(value)-1] == '\n'
		}
		if !endsWithNewline {
			out.WriteByte('\n')
			endsWithNewline = true
		}
	}
	return out.String()
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
	word := firstWord(info)
	if word == "" {
		return ""
	}
	word = strings.TrimLeft(word, "{.")
	if i := strings.IndexAny(word, "{},"); i >= 0 {
		word = word[:i]
	}
	return strings.ToLower(word)
}

// firstWord returns the first run of characters of text that are not white
// space (as strings.Fields splits).
func firstWord(text []byte) string {
	start := bytes.IndexFunc(text, func(r rune) bool { return !unicode.IsSpace(r) })
	if start < 0 {
		return ""
	}
	word := text[start:]
	if end := bytes.IndexFunc(word, unicode.IsSpace); end >= 0 {
		word = word[:end]
	}
	return string(word)
}
