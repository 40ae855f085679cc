using System.Text;
using StaticBench.Schema.Json;
using StaticBench.Schema.Validation;
using StaticBench.Store.Git;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.Git;

public class ProjectCommitsTests
{
    [Fact]
    public void A_subject_with_a_terminal_escape_is_described_so_that_the_result_file_validates()
    {
        // Given a project commit whose subject holds an escape sequence (the result format refuses control characters)
        using var dir = new TempDirectory();
        GitProcess.Run("init", "-q", "-b", "main", dir.Path);
        File.WriteAllText(dir.Combine("a.txt"), "a");
        GitProcess.Run("-C", dir.Path, "add", "a.txt");
        GitProcess.Run("-C", dir.Path, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "fix \u001b[31mred\u001b[0m now");

        // When staticbench describes it for a result file
        var project = ProjectCommits.Describe(dir.Path);

        // Then the subject keeps its text without the control characters, and a run measuring it is recordable
        project.Subject.ShouldBe("fix  [31mred [0m now");
        var run = new RunResultBuilder("r1").Build() with { Run = new RunResultBuilder("r1").Build().Run with { Project = project } };
        ResultReader.Read(Encoding.UTF8.GetBytes(ResultJson.SerializeToString(run)), "r1.json").Problems.ShouldBeEmpty();
    }
}
