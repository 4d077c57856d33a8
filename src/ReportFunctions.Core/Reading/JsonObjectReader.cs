using System.Globalization;
using System.Text.Json;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Reading;

/// <summary>
/// Reads the members of one JSON object strictly: flags unknown and duplicate keys on creation, then each
/// getter records a missing or mistyped value as an error and returns a placeholder, so that reading goes on
/// and every error of the document is reported at once.
/// </summary>
internal sealed class JsonObjectReader
{
    // 万元 with 6 decimals is one 分: real reports print 行政事业性收费 to the 分 (e.g. 5949.088667).
    private const int MaxAmountDecimals = Validation.Rules.FeeDecimalsRule.MaxDecimals;

    private readonly Dictionary<string, JsonElement> members = new(StringComparer.Ordinal);
    private readonly ReadingErrors errors;

    public JsonObjectReader(JsonElement element, string path, ReadingErrors errors, IReadOnlySet<string> knownNames)
    {
        Path = path;
        this.errors = errors;
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = Child(member.Name);
            if (!knownNames.Contains(member.Name))
                AddError(ErrorCodes.Type, memberPath, $"未知字段“{member.Name}”（格式版本2021中没有该字段）");
            else if (!members.TryAdd(member.Name, member.Value))
                AddError(ErrorCodes.Type, memberPath, $"{FieldLabels.Describe(memberPath)}：字段“{member.Name}”重复出现");
        }
    }

    public string Path { get; }

    public string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public void AddError(string code, string path, string message) =>
        errors.Add(new ValidationError(code, Severity.Error, path, message));

    /// <summary>The member's value, or null when absent or JSON null (reported when <paramref name="required"/>).</summary>
    public JsonElement? Get(string name, bool required)
    {
        if (members.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null)
            return value;
        if (required)
            AddError(ErrorCodes.Required, Child(name), $"{FieldLabels.Describe(Child(name))}：缺少必填项");
        return null;
    }

    public bool Expect(string name, JsonElement value, JsonValueKind kind, string expected)
    {
        if (value.ValueKind == kind)
            return true;
        AddError(ErrorCodes.Type, Child(name), $"{FieldLabels.Describe(Child(name))}：应为{expected}，实际为{KindName(value.ValueKind)}");
        return false;
    }

    public string? String(string name, bool required)
    {
        if (Get(name, required) is not { } value || !Expect(name, value, JsonValueKind.String, "字符串"))
            return null;
        return value.GetString();
    }

    public long Count(string name)
    {
        if (Get(name, required: true) is not { } value || !Expect(name, value, JsonValueKind.Number, "整数"))
            return 0;
        if (TryGetIntegral(value, out var count))
        {
            if (count <= ReportReader.MaxCount)
                return count;
            AddError(ErrorCodes.Range, Child(name), $"{FieldLabels.Describe(Child(name))}：数值{count}过大，不应超过{ReportReader.MaxCount}");
            return 0;
        }
        AddError(ErrorCodes.Type, Child(name), $"{FieldLabels.Describe(Child(name))}：{NotAnInteger(value)}");
        return 0;
    }

    public int Integer(string name)
    {
        if (Get(name, required: true) is not { } value || !Expect(name, value, JsonValueKind.Number, "整数"))
            return 0;
        if (TryGetIntegral(value, out var number) && number is >= int.MinValue and <= int.MaxValue)
            return (int)number;
        AddError(ErrorCodes.Type, Child(name), $"{FieldLabels.Describe(Child(name))}：{NotAnInteger(value)}");
        return 0;
    }

    /// <summary>An amount in 万元 with at most 6 decimals (to the 分), kept with the scale it was written with.</summary>
    public decimal Amount(string name)
    {
        if (Get(name, required: true) is not { } value || !Expect(name, value, JsonValueKind.Number, "数字"))
            return 0;
        if (!value.TryGetDecimal(out var amount))
        {
            AddError(ErrorCodes.Type, Child(name), $"{FieldLabels.Describe(Child(name))}：数值“{value.GetRawText()}”超出可表示的范围");
            return 0;
        }
        if (amount.Scale > MaxAmountDecimals)
        {
            AddError(ErrorCodes.Type, Child(name),
                $"{FieldLabels.Describe(Child(name))}：金额（万元）最多保留{MaxAmountDecimals}位小数，填报的“{value.GetRawText()}”有{amount.Scale}位");
        }
        return amount;
    }

    public DateOnly Date(string name)
    {
        if (String(name, required: true) is not { } text)
            return default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        AddError(ErrorCodes.Type, Child(name), $"{FieldLabels.Describe(Child(name))}：“{text}”不是有效日期，应写作YYYY-MM-DD，如2021-12-29");
        return default;
    }

    public T? Object<T>(string name, bool required, Func<JsonElement, string, T> read)
        where T : class
    {
        if (Get(name, required) is not { } value || !Expect(name, value, JsonValueKind.Object, "对象"))
            return null;
        return read(value, Child(name));
    }

    public IReadOnlyList<T> Array<T>(string name, bool required, Func<JsonElement, string, T?> readItem)
        where T : class
    {
        if (Get(name, required) is not { } value || !Expect(name, value, JsonValueKind.Array, "数组"))
            return [];
        var items = new List<T>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (readItem(item, $"{Child(name)}[{index}]") is { } read)
                items.Add(read);
            index++;
        }
        return items;
    }

    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "字符串",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        JsonValueKind.Null => "null",
        _ => "未知类型",
    };

    /// <summary>
    /// A JSON number that is an integer in value, however it is written: the contract's JSON Schema says "integer",
    /// which a standard validator (and a client's serializer) takes to include 3.0 and 1e2, so the reader does too.
    /// </summary>
    private static bool TryGetIntegral(JsonElement value, out long integral)
    {
        if (value.TryGetInt64(out integral))
            return true;
        if (value.TryGetDecimal(out var number) && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue)
        {
            integral = (long)number;
            return true;
        }
        integral = 0;
        return false;
    }

    private static string NotAnInteger(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.AsSpan().IndexOfAny(".eE") >= 0
            ? $"应为整数，填报的“{raw}”带有小数或指数"
            : $"数值“{raw}”超出可表示的范围";
    }
}
