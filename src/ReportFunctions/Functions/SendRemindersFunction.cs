using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Reminders;

namespace ReportFunctions.Functions;

public sealed class SendRemindersFunction(ReminderRunner runner)
{
    /// <summary>Daily (Reminders:Schedule, UTC): queues the reminders due today in China Standard Time, each once.</summary>
    [Function(nameof(SendReminders))]
    public async Task SendReminders([TimerTrigger("%Reminders:Schedule%")] TimerInfo timer, CancellationToken ct) =>
        await runner.RunAsync(ct);
}
