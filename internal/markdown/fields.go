package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/addlint/addlint/internal/model"
)

// fieldState follows `**Key**: value` lines while a paragraph's inline
// content is read. A field's value runs to the next field line or the end
// of the paragraph.
type fieldState struct {
	lastLine    int      // line of the previous direct child of the paragraph
	lineMark    int      // text mark where the current line starts
	keyNode     ast.Node // bold node that may be a key, or nil
	keyMark     int      // text mark where the key's text starts
	keyLine     int
	keyColumn   int
	key         string // key text when the colon is still expected
	expectColon bool   // the key had no colon inside; the next text must start with one
	open        int    // index into doc.Fields of the field being read, or -1
	valueMark   int    // text mark where the open field's value starts
}

// fieldChild is called for every direct child of a paragraph before it is
// read: a bold node first on its line may start a field.
func (b *builder) fieldChild(n ast.Node) {
	f := &b.fields
	if f.expectColon && n.Kind() != ast.KindText {
		f.expectColon = false
	}
	line := b.line(n.Pos())
	if line == f.lastLine {
		return
	}
	f.lastLine = line
	f.lineMark = b.text.mark()
	f.keyNode = nil
	f.expectColon = false
	if e, ok := n.(*ast.Emphasis); ok && e.Level == 2 {
		f.keyNode = n
		f.keyLine, f.keyColumn = b.pos(n.Pos())
	}
}

// keyDone is called when the bold node that may be a key has been read.
func (b *builder) keyDone() {
	f := &b.fields
	key := b.text.since(f.keyMark)
	f.keyNode = nil
	if trimmed, ok := strings.CutSuffix(key, ":"); ok {
		b.openField(strings.TrimSpace(trimmed))
		return
	}
	f.key = key
	f.expectColon = key != ""
}

// colonAfterKey handles the text right after a bold key without a colon:
// when it starts with ":" the field is opened and the value begins after
// the colon. It returns the text still to write.
func (b *builder) colonAfterKey(value []byte) []byte {
	f := &b.fields
	f.expectColon = false
	rest := bytes.TrimLeft(value, " \t")
	if len(rest) == 0 || rest[0] != ':' {
		return value
	}
	b.text.write([]byte{':'})
	b.openField(f.key)
	return rest[1:]
}

// openField starts a field whose value begins at the current text mark,
// closing the previous field of the paragraph at the start of this line.
func (b *builder) openField(key string) {
	f := &b.fields
	if key == "" {
		return
	}
	b.closeField(f.lineMark)
	b.doc.Fields = append(b.doc.Fields, model.Field{
		Section:       b.current,
		Key:           key,
		NormalizedKey: model.NormalizeTitle(key),
		Line:          f.keyLine,
		Column:        f.keyColumn,
	})
	f.open = len(b.doc.Fields) - 1
	f.valueMark = b.text.mark()
}

// closeField ends the open field's value at text mark end.
func (b *builder) closeField(end int) {
	f := &b.fields
	if f.open < 0 {
		return
	}
	field := &b.doc.Fields[f.open]
	field.Value = b.text.between(f.valueMark, end)
	field.Quantities = Quantities(field.Value)
	f.open = -1
	if b.metaOpen {
		b.addMetadata(*field)
	}
}

// addMetadata records a bold field before the first H2 as metadata; the
// first bold line for a key wins, and bold lines win over front matter.
func (b *builder) addMetadata(field model.Field) {
	name := metadataKey(field.Key)
	if name == "" {
		return
	}
	if existing, ok := b.doc.Metadata[name]; ok && existing.Source == "bold" {
		return
	}
	b.doc.Metadata[name] = model.MetadataEntry{
		Key:    field.Key,
		Value:  field.Value,
		Line:   field.Line,
		Column: field.Column,
		Source: "bold",
	}
}
