using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Validation.Rules;

/// <summary>
/// 统一社会信用代码 per GB 32100-2015: 18 characters from 0-9 and the 21 capitals without I, O, Z, S and V;
/// the 18th is a check character over the first 17 (weights 3^(i−1) mod 31, check = 31 − Σ mod 31).
/// A blank code counts as absent: the field is optional and form posts send empty fields.
/// </summary>
internal sealed class CreditCodeRule : IReportRule
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public IEnumerable<ValidationError> Check(Report report, ValidationContext context)
    {
        var code = report.Organization.CreditCode;
        if (string.IsNullOrWhiteSpace(code))
            yield break;
        if (code.Length != 18 || code.Any(c => !Alphabet.Contains(c)))
        {
            yield return Finding.Error(ErrorCodes.Range, "organization.creditCode",
                $"统一社会信用代码：“{code}”应为18位，由数字和除I、O、Z、S、V以外的大写字母组成");
        }
        else if (CheckCharacter(code) is var expected && expected != code[17])
        {
            yield return Finding.Error(ErrorCodes.Range, "organization.creditCode",
                $"统一社会信用代码：“{code}”的校验码应为“{expected}”，请核对是否填错");
        }
    }

    /// <summary>The 18th character GB 32100-2015 §5 computes from the first 17.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }
}
