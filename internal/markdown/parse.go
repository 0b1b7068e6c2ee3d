package markdown

import (
	"fmt"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/addlint/addlint/internal/model"
)

// gfm is the one goldmark parser of the process (GFM, with a budget for
// inline markup); it is safe for concurrent use.
var gfm = newGFMParser()

// Parse builds the document model of one Markdown file. path is stored as
// given (slash-separated). It returns an *InputError for a file it refuses
// (binary, invalid UTF-8, UTF-16 or UTF-32, or so much inline markup that
// parsing it would take minutes); the size limit is the caller's to check.
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
	pc := parser.NewContext()
	work := &inlineWork{}
	pc.Set(inlineWorkKey, work)
	root := gfm.Parse(text.NewReader(source), parser.WithContext(pc))
	if work.over != nil {
		return nil, work.overError(path, index)
	}
	newBuilder(doc, source, index).build(root)
	return doc, nil
}
