// Package markdown turns one Markdown file into the document model
// (model.Document) that the policies read. It walks goldmark's GFM syntax
// tree once and converts byte offsets into 1-based lines and columns.
//
// Parse never panics. It refuses binary files, invalid UTF-8 and UTF-16 or
// UTF-32 text with an *InputError; anything else it cannot understand it
// leaves out of the model.
package markdown
