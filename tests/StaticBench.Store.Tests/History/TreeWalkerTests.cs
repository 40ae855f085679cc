using LibGit2Sharp;
using StaticBench.Store.History;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.History;

public class TreeWalkerTests
{
    private static (List<string> Added, List<string> Deleted) Changes(ScriptedDataRepository data, string before, string after, string folder = "")
    {
        using var repo = new Repository(data.Path);
        using var walker = new TreeWalker(data.Path);
        var added = new List<(string Path, ObjectId Blob)>();
        var deleted = new List<string>();
        walker.Changes(walker.Folder(repo.Lookup<Commit>(before).Id, folder), walker.Folder(repo.Lookup<Commit>(after).Id, folder), added, deleted);
        added.ShouldAllBe(a => a.Blob == repo.Lookup<Commit>(after)[folder.Length == 0 ? a.Path : $"{folder}/{a.Path}"].Target.Id);
        return (added.Select(a => a.Path).Order(StringComparer.Ordinal).ToList(), deleted.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Lists_added_changed_and_deleted_files_in_nested_folders()
    {
        using var data = new ScriptedDataRepository();
        var before = data.Commit("one", ("results/2026/11/a.json", "a"), ("results/2026/11/b.json", "b"), ("results/2026/12/c.json", "c"), ("notes.md", "n"));

        var after = data.Commit("two", ("results/2026/11/a.json", "a changed"), ("results/2026/12/c.json", null), ("results/2027/01/d.json", "d"));

        var (added, deleted) = Changes(data, before, after);
        added.ShouldBe(["results/2026/11/a.json", "results/2027/01/d.json"]);
        deleted.ShouldBe(["results/2026/12/c.json"]);
    }

    [Fact]
    public void Names_are_paired_in_gits_order_where_a_folder_sorts_as_if_it_ended_in_a_slash()
    {
        // "a.c" sorts before the folder "a" ('.' < '/'), though the name "a" sorts before "a.c": a walk that
        // compared plain names would pair the wrong entries and report unchanged files as changed.
        using var data = new ScriptedDataRepository();
        var before = data.Commit("one", ("a/x.json", "x"), ("a.c", "c"), ("a-b", "b"), ("a0", "0"));

        var after = data.Commit("two", ("a/y.json", "y"));

        var (added, deleted) = Changes(data, before, after);
        added.ShouldBe(["a/y.json"]);
        deleted.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_replaced_by_a_folder_is_deleted_and_the_folders_files_added()
    {
        using var data = new ScriptedDataRepository();
        var before = data.Commit("one", ("results/x", "a file"), ("results/keep.json", "k"));
        var middle = data.Commit("file out", ("results/x", null));
        var after = data.Commit("folder in", ("results/x/inner.json", "i"));

        var (added, deleted) = Changes(data, before, after, "results");
        added.ShouldBe(["x/inner.json"]);
        deleted.ShouldBe(["x"]);
        var back = Changes(data, after, middle, "results");
        back.Added.ShouldBeEmpty();
        back.Deleted.ShouldBe(["x/inner.json"]);
    }

    [Fact]
    public void A_missing_folder_on_either_side_means_every_file_of_the_other()
    {
        using var data = new ScriptedDataRepository();
        var empty = data.Commit("readme", ("README.md", "r"));
        var full = data.Commit("results", ("results/a.json", "a"), ("results/sub/b.json", "b"));

        Changes(data, empty, full, "results").Added.ShouldBe(["a.json", "sub/b.json"]);
        Changes(data, full, empty, "results").Deleted.ShouldBe(["a.json", "sub/b.json"]);
        var none = Changes(data, full, full, "results");
        none.Added.ShouldBeEmpty();
        none.Deleted.ShouldBeEmpty();
    }
}
