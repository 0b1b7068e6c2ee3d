package markdown

import (
	"fmt"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/addlint/addlint/internal/model"
)

// gfm is the one goldmark parser of the process; it is safe for
// concurrent use.
var gfm parser.Parser = goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()

// Parse builds the document model of one Markdown file. path is stored as
// given (slash-separated). It returns an *InputError for a file it refuses
// (binary, invalid UTF-8, UTF-16 or UTF-32); the size limit is the
// caller's to check.
func Parse(path string, src []byte) (doc *model.Document, err error) {
	if err := checkEncoding(path, src); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%s: internal error while parsing: %v", path, r)
		}
	}()
	source, copied := normalize(src)
	doc = model.NewDocument(path)
	from := 0
	if fm, ok := findFrontMatter(source); ok {
		applyFrontMatter(doc, fm)
		source = blankFrontMatter(source, fm, copied)
		from = fm.end
	}
	source, cuts := guardNesting(source, from)
	index := newLineIndex(source, cuts)
	doc.Lines = index.lines
	root := gfm.Parse(text.NewReader(source))
	newBuilder(doc, source, index).build(root)
	return doc, nil
}
