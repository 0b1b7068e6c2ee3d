package markdown

import "github.com/yuin/goldmark/ast"

// walk visits root and its descendants in document order without
// recursion, so that deeply nested input cannot exhaust the stack. enter
// returns false to skip a node's children; leave, when not nil, runs after
// a node's children (or right after enter when they are skipped).
func walk(root ast.Node, enter func(ast.Node) bool, leave func(ast.Node)) {
	n := root
	for {
		if enter(n) && n.FirstChild() != nil {
			n = n.FirstChild()
			continue
		}
		for {
			if leave != nil {
				leave(n)
			}
			if n == root {
				return
			}
			if next := n.NextSibling(); next != nil {
				n = next
				break
			}
			n = n.Parent()
			if n == nil {
				return
			}
		}
	}
}
