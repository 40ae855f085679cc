using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

public class BuildCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ScriptedDataRepository _data = new();

    public void Dispose()
    {
        _data.Dispose();
        _dir.Dispose();
    }

    private static (string Path, object Content) Run(string id, string benchmark, int commit, double value) =>
        ($"results/2026/11/21/{id}.json",
         new RunResultBuilder(id)
             .AtCommit(RunResultBuilder.Commit(commit), DateTimeOffset.UnixEpoch.AddHours(commit), commit > 1 ? [RunResultBuilder.Commit(commit - 1)] : [])
             .WithResult(benchmark, "compile", value, value * 1.01)
             .Build());

    private Task<(int Exit, string Out, string Error)> Build(params string[] extra) =>
        InProcessCli.RunAsync(["build", "--data", _data.Path, "--out", _dir.Combine("site"), "--cache", _dir.Combine("cache"), .. extra]);

    private string Page(string prefix) => Directory.GetFiles(_dir.Combine("site", "benchmarks"), $"{prefix}*.html").ShouldHaveSingleItem();

    [Fact]
    public async Task Builds_the_site_from_a_bare_repository_and_says_what_it_skipped()
    {
        // Given a bare data repository with two runs and a broken file
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000), Run("r2", "sort/quick", 2, 1100));
        _data.Commit("broken", ("results/2026/11/21/bad.json", "{ nope"));

        // When the site is built
        var (exit, stdout, stderr) = await Build();

        // Then it succeeds, names the skipped file on stderr and on the index, and has a page for the benchmark
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("2 run(s), 1 benchmark(s), 1 series");
        stderr.ShouldContain("skipped results/2026/11/21/bad.json: $: is not valid JSON");
        File.ReadAllText(_dir.Combine("site", "index.html")).ShouldContain("results/2026/11/21/bad.json");
        File.ReadAllText(Page("sort-quick")).ShouldContain("class=\"chart-image\"");
    }

    [Fact]
    public async Task Values_whose_median_or_change_would_overflow_are_skipped_and_the_build_goes_on_17()
    {
        // Given a data branch with a good run and runs whose median (near double.MaxValue) or change
        // (1e-300 to 1e300) would not be finite
        static (string, object) Extreme(string id, int commit, params double[] samples) =>
            ($"results/2026/11/21/{id}.json",
             new RunResultBuilder(id)
                 .AtCommit(RunResultBuilder.Commit(commit), DateTimeOffset.UnixEpoch.AddHours(commit), commit > 1 ? [RunResultBuilder.Commit(commit - 1)] : [])
                 .WithResult("huge/median", "compile", samples)
                 .WithResult("tiny/then-huge", "compile", commit == 2 ? 1e-300 : 1e300)
                 .Build());
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000), Extreme("r2", 2, 1.7e308, 1.75e308), Extreme("r3", 3, 1.7e308, 1.79e308));

        // When the site is built
        var (exit, _, stderr) = await Build();

        // Then it builds: the validator skips those files, naming each value, and the good series is on the site
        exit.ShouldBe(0, stderr);
        stderr.ShouldContain("skipped results/2026/11/21/r2.json: $.results[0].samples[0]: is 1.7E+308, outside what staticbench can compute with");
        stderr.ShouldContain("$.results[1].samples[0]: is 1E+300, outside");
        File.ReadAllText(_dir.Combine("site", "index.json")).ShouldContain("\"benchmark\":\"sort/quick\"");
    }

    [Fact]
    public async Task A_site_file_that_cannot_be_replaced_is_an_error_naming_it_not_a_crash()
    {
        // Given a built site in which a folder now stands where a benchmark page was
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000));
        (await Build()).Exit.ShouldBe(0);
        var page = Page("sort-quick");
        File.Delete(page);
        Directory.CreateDirectory(Path.Combine(page, "in-the-way"));

        // When a new run is built into it (the changed files are moved in on every core)
        _data.Commit("more", Run("r2", "sort/quick", 2, 1100));
        var (exit, _, stderr) = await Build();

        // Then the build fails as on bad input, naming the page, with no stack trace
        exit.ShouldBe(CliApp.InputError);
        stderr.ShouldStartWith("error: ");
        stderr.ShouldContain(Path.GetFileName(page));
        stderr.ShouldNotContain(" at StaticBench");
    }

    [Fact]
    public async Task Names_of_skipped_files_cannot_drive_the_terminal()
    {
        // Given a broken file whose name carries a terminal escape sequence and a line break
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000));
        _data.Commit("hostile", ("results/2026/11/21/x\u001b]0;pwned\u0007\nbuilt site: fake.json", "{ nope"));

        // When the site is built
        var (exit, _, stderr) = await Build();

        // Then the file is named with its control characters escaped: one line, no escape sequence
        exit.ShouldBe(0, stderr);
        stderr.ShouldContain(@"skipped results/2026/11/21/x\u001b]0;pwned\u0007\u000abuilt site: fake.json: $: is not valid JSON");
        stderr.ShouldNotContain("\u001b");
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(l => !l.StartsWith("built site", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timings_name_each_step_of_the_build_on_stderr()
    {
        // Given a data repository with one run
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000));

        // When the site is built with --timings
        var (exit, stdout, stderr) = await Build("--timings");

        // Then stderr has one line per step, reading and change points first, each page kind after, in seconds of wall
        // time and of the process's CPU time, with the collector's pauses and the bytes the step allocated
        exit.ShouldBe(0, stderr);
        var steps = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("  ", 2)[0].Trim()).ToArray();
        steps[0].ShouldBe("history");
        steps.ShouldContain("analysis");
        steps.ShouldContain("site: benchmark");
        steps.ShouldContain("site: images");
        steps.ShouldContain("site: complete");
        stderr.ShouldMatch(@"site: images +\d+\.\d{3} s   cpu +\d+\.\d{3} s   gc pause +\d+\.\d{3} s   allocated +\d+\.\d MiB");
        var history = System.Text.RegularExpressions.Regex.Match(stderr, @"^history .* allocated +(\d+\.\d) MiB", System.Text.RegularExpressions.RegexOptions.Multiline);
        double.Parse(history.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, "reading a run allocates");
        stdout.ShouldNotContain("site: images");
    }

    [Fact]
    public async Task Sample_commits_chooses_how_many_newest_commits_the_compare_view_can_test()
    {
        // Given three commits of one benchmark
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000), Run("r2", "sort/quick", 2, 1100), Run("r3", "sort/quick", 3, 1200));

        // When the site is built keeping the samples of the newest commit only
        var (exit, _, stderr) = await Build("--sample-commits", "1");

        // Then only that commit's samples are published, and a negative count is refused
        exit.ShouldBe(0, stderr);
        Directory.GetFiles(_dir.Combine("site", "data", "samples")).Select(Path.GetFileName).ShouldBe([$"{RunResultBuilder.Commit(3)}.js"]);
        var refused = await Build("--sample-commits", "-1");
        refused.Exit.ShouldNotBe(0);
        refused.Error.ShouldContain("--sample-commits must be 0 or more");
    }

    [Fact]
    public async Task A_rebuild_after_one_new_result_reads_only_it_and_rewrites_only_the_pages_that_changed()
    {
        // Given a built site with two benchmarks
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000), Run("r2", "hash/sha", 1, 500));
        (await Build()).Exit.ShouldBe(0);
        var untouched = Page("hash-sha");
        var before = File.GetLastWriteTimeUtc(untouched);
        var unchanged = await Build();

        // When one more result of one benchmark arrives and the site is rebuilt
        _data.Commit("one more", Run("r3", "sort/quick", 2, 1200));
        var rebuilt = await Build();

        // Then nothing is rewritten when nothing changed, and afterwards only the new commit and file are read
        unchanged.Out.ShouldContain("nothing new since data commit");
        unchanged.Out.ShouldContain("(wrote 0)");
        rebuilt.Out.ShouldContain("read 1 new commit(s), 1 new file(s)");
        File.GetLastWriteTimeUtc(untouched).ShouldBe(before);

        // And only the changed benchmark's chart image and card are drawn again; the other's are kept as they were
        rebuilt.Out.ShouldContain("images: 2 drawn, 2 unchanged");
        var keptImage = Directory.GetFiles(_dir.Combine("site", "images"), "*.png", SearchOption.AllDirectories).Single(p => p.Contains("hash-sha") && p.Contains("chart-"));
        File.GetLastWriteTimeUtc(keptImage).ShouldBeLessThan(File.GetLastWriteTimeUtc(Page("sort-quick")));
        File.ReadAllText(Page("sort-quick")).ShouldContain(RunResultBuilder.Commit(2)[..7]);
    }

    [Fact]
    public async Task A_site_moved_to_another_folder_keeps_its_images_issue_13()
    {
        // Given a built site with two benchmarks, moved to another folder
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000), Run("r2", "hash/sha", 1, 500));
        (await Build()).Exit.ShouldBe(0);
        Directory.Move(_dir.Combine("site"), _dir.Combine("moved"));

        // When one more result of one benchmark arrives and the site is rebuilt where it is now
        _data.Commit("one more", Run("r3", "sort/quick", 2, 1200));
        var rebuilt = await InProcessCli.RunAsync("build", "--data", _data.Path, "--out", _dir.Combine("moved"), "--cache", _dir.Combine("cache"));

        // Then only the changed benchmark's chart image and card are drawn again, as in the folder they were drawn in
        rebuilt.Exit.ShouldBe(0, rebuilt.Error);
        rebuilt.Out.ShouldContain("images: 2 drawn, 2 unchanged");
    }

    [Fact]
    public async Task A_rebuild_with_nothing_new_reads_nothing_unless_an_input_changed_or_a_file_is_gone_issue_13()
    {
        // Given a built site
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000), Run("r2", "sort/quick", 2, 1100));
        (await Build()).Exit.ShouldBe(0);
        var index = _dir.Combine("site", "index.html");
        var before = File.GetLastWriteTimeUtc(index);

        // When it is built again with nothing new, then it reads no history and writes nothing
        (await Build()).Out.ShouldContain("nothing new since data commit");
        File.GetLastWriteTimeUtc(index).ShouldBe(before);

        // When a file of the site is gone, or the title changes, then the build runs again
        File.Delete(Page("sort-quick"));
        (await Build()).Out.ShouldContain("wrote 1, unchanged");
        var retitled = await Build("--title", "Other");
        retitled.Out.ShouldNotContain("nothing new");
        File.ReadAllText(index).ShouldContain("<title>Other</title>");

        // And --full always reads and renders everything
        (await Build("--title", "Other", "--full")).Out.ShouldContain("wrote 0, unchanged");
    }

    [Fact]
    public async Task The_program_with_nothing_new_touches_no_cache_file_and_with_full_keeps_no_cache_issue_13()
    {
        Task<(int ExitCode, string Out, string Error)> BuildInItsOwnProcess(params string[] extra) =>
            CliProcess.RunAsync(["build", "--data", _data.Path, "--out", _dir.Combine("site"), "--cache", _dir.Combine("cache"), .. extra]);
        Dictionary<string, DateTime> CacheFiles() =>
            Directory.GetFiles(_dir.Combine("cache"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        // Given a data branch with one run, built once
        _data.Commit("first", Run("r1", "sort/quick", 1, 1000));
        (await BuildInItsOwnProcess()).ExitCode.ShouldBe(0);
        var cached = CacheFiles();
        cached.ShouldNotBeEmpty();

        // When the site is built again with nothing new, then no cache file is written again
        (await BuildInItsOwnProcess()).Out.ShouldContain("nothing new since data commit");
        CacheFiles().ShouldBe(cached);

        // And without the cache (--full) a build neither reads nor writes one
        _data.Commit("second", Run("r2", "sort/quick", 2, 1100));
        Directory.Delete(_dir.Combine("cache"), recursive: true);
        (await BuildInItsOwnProcess("--full")).ExitCode.ShouldBe(0);
        Directory.Exists(_dir.Combine("cache")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_rebuild_scans_for_change_points_only_the_series_whose_points_changed()
    {
        // Given a built site with two series
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000), Run("r2", "hash/sha", 1, 500));
        (await Build()).Out.ShouldContain("change points: 2 series scanned, 0 remembered");

        // When one series gets a new point, and then the site is built again without the cache
        _data.Commit("one more", Run("r3", "sort/quick", 2, 1200));
        var rebuilt = await Build();
        var full = await Build("--full");

        // Then only that series is scanned again; a full build scans both
        rebuilt.Out.ShouldContain("change points: 1 series scanned, 1 remembered");
        full.Out.ShouldContain("change points: 2 series scanned, 0 remembered");
    }

    [Fact]
    public async Task A_site_built_step_by_step_is_byte_for_byte_the_site_built_at_once_issue_13()
    {
        // Given a site built from 20 commits of two benchmarks
        _data.Commit("runs", [.. Enumerable.Range(1, 20).SelectMany(c => new[] { Run($"q{c}", "sort/quick", c, 1000 + c % 3), Run($"h{c}", "hash/sha", c, 500 + c % 2) })]);
        (await Build()).Exit.ShouldBe(0);

        // When runs arrive one build at a time: a new commit, a re-run at an older commit (placed earlier in
        // history order, so its point changes), a step, and a file taken back
        _data.Commit("new commit", Run("q21", "sort/quick", 21, 1001), Run("h21", "hash/sha", 21, 501));
        (await Build()).Exit.ShouldBe(0);
        _data.Commit("re-run at 10", Run("q10b", "sort/quick", 10, 1300));
        (await Build()).Exit.ShouldBe(0);
        _data.Commit("step", Run("q22", "sort/quick", 22, 1500), Run("q23", "sort/quick", 23, 1510), Run("h22", "hash/sha", 22, 502));
        (await Build()).Exit.ShouldBe(0);
        _data.Commit("withdraw h5", ("results/2026/11/21/h5.json", null));
        var last = await Build();
        last.Exit.ShouldBe(0, last.Error);
        last.Out.ShouldContain("read 1 new commit(s)");

        // Then the site equals, file for file and byte for byte, a full build of the same history into an empty folder
        var full = await InProcessCli.RunAsync(["build", "--data", _data.Path, "--out", _dir.Combine("full-site"), "--cache", _dir.Combine("full-cache")]);
        full.Exit.ShouldBe(0, full.Error);
        var stepwise = Files(_dir.Combine("site"));
        var atOnce = Files(_dir.Combine("full-site"));
        stepwise.Keys.Order(StringComparer.Ordinal).ShouldBe(atOnce.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in atOnce)
        {
            stepwise[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs from a full build");
        }
    }

    [Fact]
    public async Task A_full_build_leaves_the_memos_of_what_it_wrote_so_no_later_build_keeps_a_stale_file_issue_13()
    {
        // Given a site built from 6 commits of two benchmarks, with memos of its images, sample files and runs pages
        _data.Commit("runs", [.. Enumerable.Range(1, 6).SelectMany(c => new[] { Run($"q{c}", "sort/quick", c, 1000 + c % 3), Run($"h{c}", "hash/sha", c, 500 + (c * 7 % 5)) })]);
        (await Build()).Exit.ShouldBe(0);

        // When a file is taken back and the site built in full, then the file restored as it was and built again
        _data.Commit("withdraw h3", ("results/2026/11/21/h3.json", null));
        (await Build("--full")).Exit.ShouldBe(0);
        _data.Commit("restore h3", Run("h3", "hash/sha", 3, 500 + (3 * 7 % 5)));
        var last = await Build();
        last.Exit.ShouldBe(0, last.Error);

        // Then every file is what a build of the same history into an empty folder writes: none was kept from the
        // build before the full one because its key came back
        var fresh = await InProcessCli.RunAsync(["build", "--data", _data.Path, "--out", _dir.Combine("fresh-site"), "--cache", _dir.Combine("fresh-cache")]);
        fresh.Exit.ShouldBe(0, fresh.Error);
        var rebuilt = Files(_dir.Combine("site"));
        foreach (var (path, bytes) in Files(_dir.Combine("fresh-site")))
        {
            rebuilt[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs from a build into an empty folder");
        }
    }

    /// <summary>Every file of a site by its relative path, without the build stamp (it names the output folder's inputs).</summary>
    private static Dictionary<string, byte[]> Files(string site) => Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) != Building.BuildStamp.FileName)
        .ToDictionary(f => Path.GetRelativePath(site, f), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public async Task A_deleted_result_file_takes_its_points_and_pages_off_the_site()
    {
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000), Run("r2", "hash/sha", 1, 500));
        (await Build()).Exit.ShouldBe(0);

        _data.Commit("withdraw r2", ("results/2026/11/21/r2.json", null));
        var (exit, stdout, _) = await Build();

        exit.ShouldBe(0);
        stdout.ShouldContain("1 run(s), 1 benchmark(s)");
        Directory.GetFiles(_dir.Combine("site", "benchmarks"), "hash-sha*").ShouldBeEmpty();
    }

    [Fact]
    public async Task Templates_can_be_overridden_with_a_copy_of_the_folder()
    {
        // Given a copy of the bundled templates with a changed layout
        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000));
        var templates = _dir.Combine("my-templates");
        CopyFolder(RepositoryRoot.Combine("templates"), templates);
        var layout = Path.Combine(templates, "layout.hbs");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<p id=\"ours\">Our lab</p></body>", StringComparison.Ordinal));

        // When the site is built with it, then every page shows the change
        (await Build("--templates", templates)).Exit.ShouldBe(0);
        File.ReadAllText(_dir.Combine("site", "index.html")).ShouldContain("<p id=\"ours\">Our lab</p>");
        File.ReadAllText(Page("sort-quick")).ShouldContain("<p id=\"ours\">Our lab</p>");
    }

    [Fact]
    public async Task A_missing_data_repository_or_templates_folder_exits_1_and_says_so()
    {
        var missingRepo = await InProcessCli.RunAsync("build", "--data", _dir.Combine("nope"), "--out", _dir.Combine("site"));
        missingRepo.Exit.ShouldBe(1);
        missingRepo.Error.ShouldContain("git init --bare");

        _data.Commit("runs", Run("r1", "sort/quick", 1, 1000));
        var missingTemplates = await Build("--templates", _dir.Combine("no-templates"));
        missingTemplates.Exit.ShouldBe(1);
        missingTemplates.Error.ShouldContain("no-templates");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
