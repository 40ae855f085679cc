using System.Text;
using StaticBench.Analysis.Comparisons;

namespace StaticBench.Cli.Analyzing;

/// <summary><c>analyze --format markdown</c>: the same tables as GitHub Markdown, every name escaped.</summary>
public static class ProfileMarkdown
{
    public static string Render(ProfileReport report)
    {
        var sb = new StringBuilder();
        foreach (var section in report.Sections)
        {
            sb.Append("### ").AppendLine(ComparisonMarkdown.Escape(ProfileNumbers.Heading(section))).AppendLine();
            Part(sb, "Opcode", section.Opcodes, section.BaseTotal is not null);
            Part(sb, "Function", section.Functions, section.BaseTotal is not null);
        }

        foreach (var note in report.Notes)
        {
            sb.Append("- ").AppendLine(ComparisonMarkdown.Escape(note));
        }

        return sb.ToString();
    }

    private static void Part(StringBuilder sb, string what, IReadOnlyList<ProfileRow> rows, bool comparing)
    {
        if (rows.Count == 0)
        {
            return;
        }

        sb.AppendLine(comparing ? $"| {what} | Base | Head | Change | Of base total |" : $"| {what} | {(what == "Function" ? "Instructions" : "Count")} | Share |");
        sb.AppendLine(comparing ? "|---|---:|---:|---:|---:|" : "|---|---:|---:|");
        foreach (var row in rows)
        {
            var name = ComparisonMarkdown.Escape(row.Name);
            sb.AppendLine(comparing
                ? $"| {name} | {ProfileNumbers.Count(row.Base!.Value)} | {ProfileNumbers.Count(row.Count)} | {ProfileNumbers.Signed(row.Delta!.Value)} | {ProfileNumbers.Percent(row.Share, signed: true)} |"
                : $"| {name} | {ProfileNumbers.Count(row.Count)} | {ProfileNumbers.Percent(row.Share)} |");
        }

        sb.AppendLine();
    }
}
