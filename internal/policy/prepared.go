package policy

import (
	"context"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage"
)

// The library derives a few facts from the profile data alone, such as which
// normalized names name which section. They are the same for every document,
// so New evaluates them once and stores them in the data document, where the
// library reads them instead of deriving them again in each evaluation.

// profileIndexRule is the library rule holding the profile's section-name
// index (see policies/addlint/lib/sections.rego).
var profileIndexRule = ast.MustParseRef("data.addlint.lib.profile_index")

// preparedIndexPath is where New stores the index; the library reads it as
// data.addlint.prepared.profile_index.
var preparedIndexPath = storage.MustParsePath("/addlint/prepared/profile_index")

// storePreparedFacts evaluates the profile index once and writes it into
// store. It does nothing when no loaded policy defines the index or when
// the index is undefined, and leaves the store alone when evaluating it
// fails: the library then derives the index in each evaluation, which
// reports the same failure with the document it happened on.
func storePreparedFacts(ctx context.Context, compiler *ast.Compiler, store storage.Store) error {
	index, err := profileIndex(ctx, compiler, store)
	if err != nil {
		return nil //nolint:nilerr // Eval reports the failure on each document, with its path.
	}
	return storeProfileIndex(ctx, store, index)
}

// writeData writes value at path, creating the objects above it.
func writeData(ctx context.Context, store storage.Store, path storage.Path, value any) error {
	txn, err := store.NewTransaction(ctx, storage.WriteParams)
	if err != nil {
		return err
	}
	if err := storage.MakeDir(ctx, store, txn, path[:len(path)-1]); err != nil {
		store.Abort(ctx, txn)
		return err
	}
	if err := store.Write(ctx, txn, storage.AddOp, path, value); err != nil {
		store.Abort(ctx, txn)
		return err
	}
	return store.Commit(ctx, txn)
}
