using System.Text.Json.Nodes;
using CsCheck;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Tests.Validation;

/// <summary>
/// Properties of R1–R4 over generated tables: consistent tables validate clean, and changing any single cell of
/// table 三 or 四 is caught with exactly the codes that cell takes part in.
/// </summary>
public sealed class ConsistencyPropertyTests
{
    private static readonly Gen<long> Count = Gen.Frequency((3, Gen.Long[0, 20]), (2, Gen.Long[0, 100_000]), (1, Gen.Long[0, 10_000_000]));

    private static readonly Gen<long[]> Six = Count.Array[6];

    private static readonly Gen<Outcome> Outcomes =
        Count.Array[4].Select(v => new Outcome(v[0], v[1], v[2], v[3], v[0] + v[1] + v[2] + v[3]));

    /// <summary>Consistent reports: leaves and carry-overs generated, totals and 本年新收 derived so R1–R4 hold.</summary>
    public static readonly Gen<Report> ConsistentReports =
        Gen.Select(Six.Array[21], Six, Six, Gen.Select(Outcomes, Outcomes, Outcomes))
            .Select((leaves, carriedOver, carriedForward, outcomes) =>
            {
                var rows = leaves.Select(Row).ToArray();
                var total = new long[6];
                foreach (var leaf in leaves)
                {
                    for (var c = 0; c < 6; c++)
                        total[c] += leaf[c];
                }
                // 本年新收 = 总计 + 结转下年度 − 上年结转 must not be negative, so cap 上年结转 at 总计 + 结转下年度.
                var over = new long[6];
                var newly = new long[6];
                for (var c = 0; c < 6; c++)
                {
                    over[c] = Math.Min(carriedOver[c], total[c] + carriedForward[c]);
                    newly[c] = total[c] + carriedForward[c] - over[c];
                }
                var applications = new Applications(
                    Row(newly), Row(over), rows[0], rows[1],
                    new DeniedReasons(rows[2], rows[3], rows[4], rows[5], rows[6], rows[7], rows[8], rows[9]),
                    new UnableToProvideReasons(rows[10], rows[11], rows[12]),
                    new NotProcessedReasons(rows[13], rows[14], rows[15], rows[16], rows[17]),
                    new OtherHandlingReasons(rows[18], rows[19], rows[20]),
                    Row(total), Row(carriedForward));
                return ReportBuilder.Valid().With(r => r with
                {
                    // The prose states what the table counts, as a consistent report's does (prose-table).
                    Overview = [r.Overview[0], new Block("（二）依申请公开", [$"全年收到申请{applications.NewlyReceived.Total}件。"])],
                    Applications = applications,
                    ReviewsAndLitigation = new ReviewsAndLitigation(outcomes.Item1, outcomes.Item2, outcomes.Item3),
                }).Build();
            });

    private static readonly string[] CellPaths =
    [
        .. ApplicationsTable.Rows.SelectMany(r => ApplicationsTable.Columns.Select(r.CellPath)),
        .. ReviewsTable.Groups.SelectMany(g => ReviewsTable.Columns.Select(g.CellPath)),
    ];

    [Fact]
    public void ConsistentReports_ValidateWithoutFindings() =>
        ConsistentReports.Sample(report => Assert.Empty(TestValidation.Validate(report)), iter: 200);

    [Fact]
    public void AnySingleCellChange_IsCaughtWithTheCodesOfThatCell() =>
        Gen.Select(ConsistentReports, Gen.Int[0, CellPaths.Length - 1], Gen.Long[1, 1000], Gen.Bool)
            .Sample((report, cell, delta, up) =>
            {
                var path = CellPaths[cell];
                var changed = ChangeCell(report, path, up ? delta : -delta);

                var codes = TestValidation.Validate(changed).Where(f => f.Severity == Severity.Error).Select(f => f.Code).ToHashSet();

                var expected = ExpectedCodes(path);
                // Going below zero is also R5's business.
                if (codes.Contains(ErrorCodes.Range))
                    expected.Add(ErrorCodes.Range);
                Assert.Equal(expected.Order(), codes.Order());
            }, iter: 300);

    [Fact]
    public void ChangingEveryCellOfTheValidReport_IsCaught()
    {
        var report = ReportBuilder.Valid().Build();
        foreach (var path in CellPaths)
        {
            var codes = TestValidation.Validate(ChangeCell(report, path, 1)).Select(f => f.Code).ToHashSet();
            Assert.True(ExpectedCodes(path).SetEquals(codes), $"{path}: {string.Join(",", codes)}");
        }
    }

    private static HashSet<string> ExpectedCodes(string path)
    {
        if (path.StartsWith("reviewsAndLitigation.", StringComparison.Ordinal))
            return [ErrorCodes.OutcomeTotal];
        var row = ApplicationsTable.Rows.Single(r => path.StartsWith(r.Path + ".", StringComparison.Ordinal) && path.LastIndexOf('.') == r.Path.Length);
        var codes = new HashSet<string> { ErrorCodes.RowTotal };
        if (row.Role is ApplicationsRowRole.Result or ApplicationsRowRole.Total)
            codes.Add(ErrorCodes.ResultsTotal);
        if (row.Role is not ApplicationsRowRole.Result)
            codes.Add(ErrorCodes.Balance);
        return codes;
    }

    /// <summary>Adds <paramref name="delta"/> to one cell, going through the contract JSON so any cell is reachable by path.</summary>
    private static Report ChangeCell(Report report, string path, long delta)
    {
        var root = JsonNode.Parse(ReportWriter.Write(report))!;
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(root, (node, name) => node[name]!);
        parent[parts[^1]] = parent[parts[^1]]!.GetValue<long>() + delta;
        var read = ReportReader.Read(System.Text.Encoding.UTF8.GetBytes(root.ToJsonString()));
        Assert.Empty(read.Errors);
        return read.Report!;
    }

    private static ApplicantRow Row(long[] v) => ReportBuilder.Row(v[0], v[1], v[2], v[3], v[4], v[5]);
}
