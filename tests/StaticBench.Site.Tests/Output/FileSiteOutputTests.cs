using StaticBench.Site.Output;
using StaticBench.Site.Tests.Support;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Output;

public class FileSiteOutputTests
{
    private static SiteReport Build(string folder, Func<string, bool>? keep = null) =>
        SiteGenerator.Generate(Snapshots.Small(keep), SiteHarness.Options, new FileSiteOutput(folder));

    [Fact]
    public void A_second_identical_build_writes_nothing()
    {
        using var site = new TempDirectory();

        var first = Build(site.Path);
        var stamp = File.GetLastWriteTimeUtc(site.Combine("index.html"));
        var second = Build(site.Path);

        first.Written.ShouldBe(first.Files);
        second.Written.ShouldBe(0);
        second.Unchanged.ShouldBe(first.Files);
        second.Deleted.ShouldBe(0);
        File.GetLastWriteTimeUtc(site.Combine("index.html")).ShouldBe(stamp);
    }

    [Fact]
    public void Only_changed_files_are_rewritten()
    {
        using var site = new TempDirectory();
        Build(site.Path);
        File.WriteAllText(site.Combine("runs.html"), "edited by hand");

        var report = Build(site.Path);

        report.Written.ShouldBe(1);
        File.ReadAllText(site.Combine("runs.html")).ShouldStartWith("<!DOCTYPE html>");
    }

    [Fact]
    public void Pages_of_a_benchmark_that_left_the_data_are_deleted_but_foreign_files_are_kept()
    {
        using var site = new TempDirectory();
        Build(site.Path);
        var parsePages = Directory.GetFiles(site.Combine("benchmarks"), "parse-json-*").Concat(Directory.GetFiles(site.Combine("data", "bench"), "parse-json-*")).ToArray();
        parsePages.Length.ShouldBe(2); // the page and its data script
        File.WriteAllText(site.Combine("CNAME"), "bench.example.com");
        File.WriteAllText(site.Combine("benchmarks", "hand-written.html"), "<p>mine</p>");

        var report = Build(site.Path, keep: b => b != "parse/json");

        report.Deleted.ShouldBe(5); // the page, its data script, chart image, card and the series' badge
        parsePages.ShouldAllBe(p => !File.Exists(p));
        File.Exists(site.Combine("CNAME")).ShouldBeTrue();
        File.Exists(site.Combine("benchmarks", "hand-written.html")).ShouldBeTrue();
        File.ReadAllText(site.Combine(OutputManifest.FileName)).ShouldNotContain("parse-json");
    }

    [Fact]
    public void Folders_emptied_by_deletion_are_removed()
    {
        using var site = new TempDirectory();
        SiteGenerator.Generate(Snapshots.Small(), SiteHarness.Options, new FileSiteOutput(site.Path));

        SiteGenerator.Generate(Snapshots.Small() with { Documents = [] }, SiteHarness.Options, new FileSiteOutput(site.Path));

        Directory.Exists(site.Combine("notes")).ShouldBeFalse();
        File.Exists(site.Combine("about.html")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("c:\\x")]
    [InlineData(OutputManifest.FileName)]
    public void Paths_outside_the_site_or_reserved_are_refused(string path)
    {
        using var site = new TempDirectory();

        Should.Throw<ArgumentException>(() => new FileSiteOutput(site.Path).Write(path, "x"u8));
    }

    [Fact]
    public void A_manifest_listing_foreign_paths_cannot_make_it_delete_outside_the_site()
    {
        using var root = new TempDirectory();
        var site = root.Combine("site");
        Directory.CreateDirectory(site);
        File.WriteAllText(root.Combine("precious.txt"), "keep");
        File.WriteAllText(Path.Combine(site, OutputManifest.FileName), """{ "files": ["../precious.txt"] }""");

        new FileSiteOutput(site).Complete().Deleted.ShouldBe(0);
        File.Exists(root.Combine("precious.txt")).ShouldBeTrue();
    }

    [Fact]
    public void A_build_that_stops_before_completing_leaves_the_old_site_whole()
    {
        // Given a built site
        using var root = new TempDirectory();
        var site = root.Combine("site");
        Build(site);
        var before = File.ReadAllText(Path.Combine(site, "index.html"));

        // When a build writes a changed page and then fails before completing
        using (var output = new FileSiteOutput(site))
        {
            output.Write("index.html", "<p>half a build</p>"u8);
            output.Write("new-page.html", "<p>new</p>"u8);
        }

        // Then the site is the old one, nothing new appeared, and nothing is left beside it
        File.ReadAllText(Path.Combine(site, "index.html")).ShouldBe(before);
        File.Exists(Path.Combine(site, "new-page.html")).ShouldBeFalse();
        Directory.GetFileSystemEntries(root.Path).ShouldBe([site]);
    }

    [Fact]
    public void A_build_killed_while_applying_its_changes_is_finished_by_the_next_one()
    {
        // Given a built site, and what a build killed after committing leaves beside it:
        // its staged files and its journal (index.html replaced, runs.html already moved in, about.html to go)
        using var root = new TempDirectory();
        var site = root.Combine("site");
        Build(site);
        var staging = new StagedChanges(site).Folder;
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "<p>new index</p>");
        File.WriteAllText(Path.Combine(staging, ".staticbench-journal.json"),
            """{ "moves": ["index.html", "runs.html", "../outside.html"], "deletes": ["about.html", "../precious.txt"] }""");
        File.WriteAllText(root.Combine("precious.txt"), "keep");
        new StagedChanges(site).Pending.ShouldBeTrue();

        // When the next build opens the folder
        using var output = new FileSiteOutput(site);

        // Then the interrupted change is finished first, and paths leaving the site are ignored
        File.ReadAllText(Path.Combine(site, "index.html")).ShouldBe("<p>new index</p>");
        File.Exists(Path.Combine(site, "runs.html")).ShouldBeTrue();
        File.Exists(Path.Combine(site, "about.html")).ShouldBeFalse();
        File.Exists(root.Combine("precious.txt")).ShouldBeTrue();
        Directory.Exists(staging).ShouldBeFalse();
    }

    [Fact]
    public void Staged_files_of_a_build_that_never_committed_are_thrown_away()
    {
        using var root = new TempDirectory();
        var site = root.Combine("site");
        Build(site);
        var staging = new StagedChanges(site).Folder;
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "<p>never committed</p>");

        using var output = new FileSiteOutput(site);

        File.ReadAllText(Path.Combine(site, "index.html")).ShouldStartWith("<!DOCTYPE html>");
        Directory.Exists(staging).ShouldBeFalse();
    }

    [Fact]
    public void Threads_writing_into_the_same_new_folder_at_once_all_land()
    {
        // Given an empty site folder, and threads released together, round after round, to write into one new folder
        using var root = new TempDirectory();
        var site = root.Combine("site");
        const int threads = 4, rounds = 300;
        using var start = new Barrier(threads);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();

        // When they write
        using (var output = new FileSiteOutput(site))
        {
            var writers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
            {
                for (var round = 0; round < rounds; round++)
                {
                    start.SignalAndWait();
                    try
                    {
                        output.WriteText($"data/r{round}/{t}.js", $"{round}/{t}");
                    }
                    catch (IOException e)
                    {
                        failures.Enqueue(e.Message);
                    }
                }
            })).ToArray();
            Array.ForEach(writers, w => w.Start());
            Array.ForEach(writers, w => w.Join());
            output.Complete();
        }

        // Then no write failed, and every file is there: none was lost to a folder another thread had claimed but not yet made
        failures.ShouldBeEmpty();
        for (var round = 0; round < rounds; round++)
        {
            for (var t = 0; t < threads; t++)
            {
                File.ReadAllText(Path.Combine(site, $"data/r{round}/{t}.js")).ShouldBe($"{round}/{t}");
            }
        }
    }
}
