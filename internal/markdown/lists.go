package markdown

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/addlint/addlint/internal/model"
)

// listFrame is an open goldmark list: where its plain items and its task
// items go (indexes into doc.Lists and doc.Checklists, -1 for none).
type listFrame struct {
	list, checklist int
}

// itemFrame is an open list item: the entry and item it fills.
type itemFrame struct {
	task        bool
	entry, item int
}

// enterList opens a list. Task items go to a checklist and the other items
// to a plain list, so a list mixing both gives one of each. The item slices
// are sized for the items to come.
func (b *builder) enterList(l *ast.List) {
	b.hasBody = true
	frame := listFrame{list: -1, checklist: -1}
	tasks, plain := 0, 0
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if taskBox(item) != nil {
			tasks++
		} else {
			plain++
		}
	}
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		line := b.line(max(item.Pos(), 0))
		if taskBox(item) != nil {
			if frame.checklist < 0 {
				b.doc.Checklists = append(b.doc.Checklists, model.Checklist{Section: b.current, Line: line, Items: make([]model.ChecklistItem, 0, tasks)})
				frame.checklist = len(b.doc.Checklists) - 1
			}
			continue
		}
		if frame.list < 0 {
			b.doc.Lists = append(b.doc.Lists, model.List{Section: b.current, Line: line, Ordered: l.IsOrdered(), Items: make([]model.ListItem, 0, plain)})
			frame.list = len(b.doc.Lists) - 1
		}
	}
	b.lists = append(b.lists, frame)
}

// enterItem opens a list item in its checklist or plain list.
func (b *builder) enterItem(item *ast.ListItem) {
	if len(b.lists) == 0 {
		b.items = append(b.items, itemFrame{entry: -1})
		return
	}
	frame := b.lists[len(b.lists)-1]
	line, col := b.pos(max(item.Pos(), 0))
	if box := taskBox(item); box != nil && frame.checklist >= 0 {
		list := &b.doc.Checklists[frame.checklist]
		list.Items = append(list.Items, model.ChecklistItem{Checked: box.IsChecked, Line: line, Column: col})
		b.items = append(b.items, itemFrame{task: true, entry: frame.checklist, item: len(list.Items) - 1})
		return
	}
	if frame.list < 0 {
		b.items = append(b.items, itemFrame{entry: -1})
		return
	}
	list := &b.doc.Lists[frame.list]
	list.Items = append(list.Items, model.ListItem{Line: line})
	b.items = append(b.items, itemFrame{entry: frame.list, item: len(list.Items) - 1})
}

// addItemText appends a paragraph's text to the open item's own text.
func (b *builder) addItemText(text []byte) {
	frame := b.items[len(b.items)-1]
	if frame.entry < 0 || len(text) == 0 {
		return
	}
	var target *string
	if frame.task {
		target = &b.doc.Checklists[frame.entry].Items[frame.item].Text
	} else {
		target = &b.doc.Lists[frame.entry].Items[frame.item].Text
	}
	if *target == "" {
		*target = string(text)
		return
	}
	*target += " " + string(text)
}

// taskBox returns the GFM task box that starts a list item, or nil.
func taskBox(item ast.Node) *east.TaskCheckBox {
	first := item.FirstChild()
	if first == nil || (first.Kind() != ast.KindParagraph && first.Kind() != ast.KindTextBlock) {
		return nil
	}
	box, _ := first.FirstChild().(*east.TaskCheckBox)
	return box
}
