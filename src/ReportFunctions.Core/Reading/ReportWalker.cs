using System.Text.Json;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Reading;

/// <summary>Walks a parsed document along the contract and builds the model, collecting every error on the way.</summary>
internal sealed class ReportWalker(ReadingErrors errors)
{
    private static readonly HashSet<string> ReportNames =
    [
        "formatVersion", "organization", "year", "title", "preface", "overview", "activeDisclosure", "applications",
        "reviewsAndLitigation", "problemsAndImprovements", "otherMatters", "signature",
    ];
    private static readonly HashSet<string> OrganizationNames = ["id", "name", "kind", "creditCode"];
    private static readonly HashSet<string> BlockNames = ["heading", "paragraphs"];
    private static readonly HashSet<string> DisclosureNames =
        ["narrative", "regulations", "normativeDocuments", "licensing", "penalty", "coercion", "fees"];
    private static readonly HashSet<string> DocumentCountNames = ["issued", "repealed", "inForce"];
    private static readonly HashSet<string> ApplicationNames =
    [
        "newlyReceived", "carriedOver", "granted", "partiallyGranted", "denied", "unableToProvide", "notProcessed",
        "otherHandling", "total", "carriedForward",
    ];
    private static readonly HashSet<string> DeniedNames =
    [
        "stateSecret", "prohibitedByLaw", "securityStability", "thirdPartyRights", "internalAffairs",
        "processInformation", "enforcementFiles", "administrativeQuery",
    ];
    private static readonly HashSet<string> UnableToProvideNames = ["notHeld", "needsCreation", "unclearAfterCorrection"];
    private static readonly HashSet<string> NotProcessedNames = ["complaint", "repeated", "publications", "excessive", "confirmation"];
    private static readonly HashSet<string> OtherHandlingNames = ["noCorrection", "feeUnpaid", "other"];
    private static readonly HashSet<string> RowNames =
        ["naturalPerson", "commercial", "research", "publicWelfare", "legalService", "other", "total"];
    private static readonly HashSet<string> ReviewNames = ["review", "litigationDirect", "litigationAfterReview"];
    private static readonly HashSet<string> OutcomeNames = ["upheld", "corrected", "other", "pending", "total"];
    private static readonly HashSet<string> SignatureNames = ["issuer", "date"];

    /// <summary>The report, or null when the root is not an object; only meaningful when no error was added.</summary>
    public Report? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ValidationError(ErrorCodes.Type, Severity.Error, "", $"报告应为JSON对象，实际为{JsonObjectReader.KindName(root.ValueKind)}"));
            return null;
        }
        var o = Open(root, "", ReportNames);
        var formatVersion = o.String("formatVersion", required: true);
        if (formatVersion is not null && formatVersion != ReportReader.SupportedFormatVersion)
        {
            errors.Add(new ValidationError(ErrorCodes.FormatVersion, Severity.Error, "formatVersion",
                $"格式版本：不支持“{formatVersion}”，目前只接受“{ReportReader.SupportedFormatVersion}”（国办公开办函〔2021〕30号格式）"));
        }
        return new Report(
            formatVersion!,
            o.Object("organization", required: true, ReadOrganization)!,
            o.Integer("year"),
            o.String("title", required: false),
            o.Array("preface", required: false, ReadParagraph),
            o.Array("overview", required: true, ReadBlock),
            o.Object("activeDisclosure", required: true, ReadActiveDisclosure)!,
            o.Object("applications", required: true, ReadApplications)!,
            o.Object("reviewsAndLitigation", required: true, ReadReviews)!,
            o.Array("problemsAndImprovements", required: true, ReadBlock),
            o.Array("otherMatters", required: true, ReadBlock),
            o.Object("signature", required: true, ReadSignature)!);
    }

    private JsonObjectReader Open(JsonElement element, string path, IReadOnlySet<string> names) => new(element, path, errors, names);

    private Organization ReadOrganization(JsonElement element, string path)
    {
        var o = Open(element, path, OrganizationNames);
        var id = o.String("id", required: true);
        var name = o.String("name", required: true);
        var kindText = o.String("kind", required: true);
        var kind = OrganizationKind.Other;
        if (kindText is not null && !OrganizationKindNames.TryParse(kindText, out kind))
        {
            o.AddError(ErrorCodes.Type, o.Child("kind"),
                $"机关类型：未知的类型“{kindText}”，应为 {string.Join("、", OrganizationKindNames.All)} 之一");
        }
        return new Organization(id!, name!, kind, o.String("creditCode", required: false));
    }

    private string? ReadParagraph(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
            return element.GetString();
        errors.Add(new ValidationError(ErrorCodes.Type, Severity.Error, path, $"{FieldLabels.Describe(path)}：段落应为字符串，实际为{JsonObjectReader.KindName(element.ValueKind)}"));
        return null;
    }

    private Block? ReadBlock(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ValidationError(ErrorCodes.Type, Severity.Error, path,
                $"{FieldLabels.Describe(path)}：应为带有 heading 和 paragraphs 的对象，实际为{JsonObjectReader.KindName(element.ValueKind)}"));
            return null;
        }
        var o = Open(element, path, BlockNames);
        return new Block(o.String("heading", required: false), o.Array("paragraphs", required: true, ReadParagraph));
    }

    private ActiveDisclosure ReadActiveDisclosure(JsonElement element, string path)
    {
        var o = Open(element, path, DisclosureNames);
        return new ActiveDisclosure(
            o.Array("narrative", required: false, ReadBlock),
            o.Object("regulations", required: true, ReadDocumentCounts)!,
            o.Object("normativeDocuments", required: true, ReadDocumentCounts)!,
            o.Count("licensing"),
            o.Count("penalty"),
            o.Count("coercion"),
            o.Amount("fees"));
    }

    private DocumentCounts ReadDocumentCounts(JsonElement element, string path)
    {
        var o = Open(element, path, DocumentCountNames);
        return new DocumentCounts(o.Count("issued"), o.Count("repealed"), o.Count("inForce"));
    }

    private Applications ReadApplications(JsonElement element, string path)
    {
        var o = Open(element, path, ApplicationNames);
        return new Applications(
            Row(o, "newlyReceived"),
            Row(o, "carriedOver"),
            Row(o, "granted"),
            Row(o, "partiallyGranted"),
            o.Object("denied", required: true, (e, p) =>
            {
                var d = Open(e, p, DeniedNames);
                return new DeniedReasons(
                    Row(d, "stateSecret"), Row(d, "prohibitedByLaw"), Row(d, "securityStability"), Row(d, "thirdPartyRights"),
                    Row(d, "internalAffairs"), Row(d, "processInformation"), Row(d, "enforcementFiles"), Row(d, "administrativeQuery"));
            })!,
            o.Object("unableToProvide", required: true, (e, p) =>
            {
                var u = Open(e, p, UnableToProvideNames);
                return new UnableToProvideReasons(Row(u, "notHeld"), Row(u, "needsCreation"), Row(u, "unclearAfterCorrection"));
            })!,
            o.Object("notProcessed", required: true, (e, p) =>
            {
                var n = Open(e, p, NotProcessedNames);
                return new NotProcessedReasons(Row(n, "complaint"), Row(n, "repeated"), Row(n, "publications"), Row(n, "excessive"), Row(n, "confirmation"));
            })!,
            o.Object("otherHandling", required: true, (e, p) =>
            {
                var h = Open(e, p, OtherHandlingNames);
                return new OtherHandlingReasons(Row(h, "noCorrection"), Row(h, "feeUnpaid"), Row(h, "other"));
            })!,
            Row(o, "total"),
            Row(o, "carriedForward"));
    }

    private ApplicantRow Row(JsonObjectReader parent, string name) =>
        parent.Object(name, required: true, (element, path) =>
        {
            var o = Open(element, path, RowNames);
            return new ApplicantRow(
                o.Count("naturalPerson"), o.Count("commercial"), o.Count("research"), o.Count("publicWelfare"),
                o.Count("legalService"), o.Count("other"), o.Count("total"));
        })!;

    private ReviewsAndLitigation ReadReviews(JsonElement element, string path)
    {
        var o = Open(element, path, ReviewNames);
        return new ReviewsAndLitigation(Outcome(o, "review"), Outcome(o, "litigationDirect"), Outcome(o, "litigationAfterReview"));
    }

    private Outcome Outcome(JsonObjectReader parent, string name) =>
        parent.Object(name, required: true, (element, path) =>
        {
            var o = Open(element, path, OutcomeNames);
            return new Outcome(o.Count("upheld"), o.Count("corrected"), o.Count("other"), o.Count("pending"), o.Count("total"));
        })!;

    private Signature ReadSignature(JsonElement element, string path)
    {
        var o = Open(element, path, SignatureNames);
        return new Signature(o.String("issuer", required: true)!, o.Date("date"));
    }
}
