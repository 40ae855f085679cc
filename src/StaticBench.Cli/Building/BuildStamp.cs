using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using StaticBench.Schema.Files;

namespace StaticBench.Cli.Building;

/// <summary>
/// What a site in an output folder was built from: the data commit and everything else the output depends on
/// (where the data is, the options, the templates' bytes and the code). A build whose stamp matches, into a
/// folder whose files are all still there, has nothing to do: it reads no history and writes no file.
/// </summary>
/// <param name="DataCommit">The data branch's tip that was built.</param>
/// <param name="Inputs">A hash of every other input.</param>
public sealed record BuildStamp(string DataCommit, string Inputs)
{
    public const string FileName = ".staticbench-build.json";

    /// <summary>The hash of <paramref name="options"/>' inputs other than the data, with the templates in <paramref name="templatesFolder"/>.</summary>
    public static string InputsOf(BuildOptions options, string templatesFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(Store.Git.DataRepositoryLocation.Parse(options.Data).Value);
        Add(options.Branch);
        Add(options.DataFolder);
        Add(options.Title);
        Add(options.ProjectBranch ?? "");
        Add(options.SampleCommits.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Any change to the code that reads, analyses or renders changes its modules' version ids.
        foreach (var assembly in new[] { typeof(BuildStamp), typeof(Site.SiteGenerator), typeof(Analysis.HistoryAnalysis), typeof(Store.History.HistoryReader), typeof(Schema.Model.RunResult) })
        {
            Add(assembly.Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        }

        foreach (var file in Directory.GetFiles(templatesFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Add(Path.GetRelativePath(templatesFolder, file));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The stamp of the site in <paramref name="output"/>, or null when there is none, it is unreadable, or a file the site's manifest lists is gone.</summary>
    public static BuildStamp? ReadIntact(string output)
    {
        try
        {
            var path = Path.Combine(output, FileName);
            if (!File.Exists(path))
            {
                return null;
            }

            var stamp = JsonSerializer.Deserialize(File.ReadAllBytes(path), BuildStampJsonContext.Default.BuildStamp);
            var files = Site.Output.OutputManifest.Read(Path.Combine(output, Site.Output.OutputManifest.FileName));
            return stamp is not null && files.Count > 0 && files.All(f => File.Exists(Path.Combine(output, f))) ? stamp : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Removes the stamp of <paramref name="output"/>, if any.</summary>
    public static void Remove(string output)
    {
        if (Directory.Exists(output))
        {
            File.Delete(Path.Combine(output, FileName));
        }
    }

    public void Write(string output) =>
        AtomicFile.Write(Path.Combine(output, FileName), stream => JsonSerializer.Serialize(stream, this, BuildStampJsonContext.Default.BuildStamp));
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BuildStamp))]
internal sealed partial class BuildStampJsonContext : JsonSerializerContext;
