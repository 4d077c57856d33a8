using System.Text.Json.Serialization;

namespace ReportFunctions.Core.Validation;

/// <summary>How bad a finding is; serialized lowercase as the contract shows ("error", "warning").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    /// <summary>The report cannot be published until this is fixed.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
    /// <summary>Worth a look; the report is still acceptable.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,
}
