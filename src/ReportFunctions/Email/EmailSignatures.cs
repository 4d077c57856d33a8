using Microsoft.Extensions.Options;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Reminders;

namespace ReportFunctions.Email;

/// <summary>The signature of the e-mails composed now: the office from the settings, today's date in China Standard Time.</summary>
public sealed class EmailSignatures(IOptions<OfficeOptions> options, TimeProvider time)
{
    public EmailSignature Today() => new(options.Value.Name, options.Value.Phone, ChinaStandardTime.Today(time));
}
