package markdown

import (
	"github.com/yuin/goldmark/ast"

	"github.com/addlint/addlint/internal/model"
)

// heading starts a section: it ends the open sections of the same or a
// deeper level, links the new one to its parent and records the title.
func (b *builder) heading(h *ast.Heading) {
	b.flushBody()
	start := h.Pos()
	if start < 0 && h.Lines().Len() > 0 {
		start = h.Lines().At(0).Start
	}
	line, col := b.pos(start)
	firstLink, firstImage := len(b.doc.Links), len(b.doc.Images)
	raw, _ := b.inline(h, false)
	title := stripAttributes(string(raw))

	for len(b.open) > 0 {
		top := &b.doc.Sections[b.open[len(b.open)-1]]
		if top.Level < h.Level {
			break
		}
		top.EndLine = max(line-1, top.Line)
		b.open = b.open[:len(b.open)-1]
	}
	section := model.Section{Title: title, NormalizedTitle: model.NormalizeTitle(title), Level: h.Level, Line: line, Column: col, Path: []string{}}
	base := githubSlug(title)
	section.Slug = b.slugs.unique(base)
	part := base
	if part == "" {
		part = "section"
	}
	id := part
	if len(b.open) > 0 {
		parent := b.doc.Sections[b.open[len(b.open)-1]]
		section.Parent = parent.ID
		section.Path = append(make([]string, 0, len(parent.Path)+1), parent.Path...)
		if parent.Level > 1 {
			id = parent.ID + "/" + part
		}
	}
	section.ID = b.ids.unique(id)
	section.Path = append(section.Path, title)
	b.doc.Sections = append(b.doc.Sections, section)
	b.section = len(b.doc.Sections) - 1
	b.open = append(b.open, b.section)
	b.current = section.ID

	for i := firstLink; i < len(b.doc.Links); i++ {
		b.doc.Links[i].Section = b.current
	}
	for i := firstImage; i < len(b.doc.Images); i++ {
		b.doc.Images[i].Section = b.current
	}
	b.scanPlaceholders(h.Lines())
	b.trackTitle(h, title, line, col)
}

// trackTitle records the first H1 as the document title and closes the
// metadata region at the first H2. A subtitle does not close it: an
// unnumbered H2 right after the H1 that is directly followed by a bold
// line ("# ADD", "## Payments Platform", "**Version:** 1.3").
func (b *builder) trackTitle(h *ast.Heading, title string, line, col int) {
	if h.Level == 1 && b.doc.Title == nil {
		b.doc.Title = &model.Title{Text: title, SystemName: systemName(title), Line: line, Column: col}
		b.firstH1 = h
		return
	}
	if h.Level >= 2 && b.metaOpen && !b.isSubtitle(h, title) {
		b.metaOpen = false
	}
}

// isSubtitle reports whether h is an H2 subtitle of the document title.
func (b *builder) isSubtitle(h *ast.Heading, title string) bool {
	if h.Level != 2 || b.firstH1 == nil || h.PreviousSibling() != b.firstH1 {
		return false
	}
	if title != "" && title[0] >= '0' && title[0] <= '9' {
		return false
	}
	next := h.NextSibling()
	if next != nil && next.Kind() == ast.KindBlockquote {
		next = next.FirstChild()
	}
	if next == nil || next.Kind() != ast.KindParagraph {
		return false
	}
	strong, ok := next.FirstChild().(*ast.Emphasis)
	return ok && strong.Level == 2
}

// flushBody stores the collected own text of the current section.
func (b *builder) flushBody() {
	if b.section >= 0 {
		s := &b.doc.Sections[b.section]
		s.Text = b.body.String()
		s.Words = countWords(s.Text)
		s.HasContent = b.hasBody || s.Text != ""
	}
	b.body.reset()
	b.hasBody = false
}

// finishSections ends the sections still open at the end of the file.
func (b *builder) finishSections() {
	b.flushBody()
	for _, i := range b.open {
		s := &b.doc.Sections[i]
		s.EndLine = max(b.doc.Lines, s.Line)
	}
	b.open = b.open[:0]
}
