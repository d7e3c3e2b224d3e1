/** An allocation's FulfillmentDetail union: credit codes, a cash disbursement, a consumable amount, or access. */
import type { FulfillmentDetails, IssuanceDetail } from "@pc-benefits/client";
import { formatDate, formatMoney } from "../lib/format.js";
import { StatusBadge } from "./status-badge.js";

function Issuance({ issuance }: { issuance: IssuanceDetail | undefined }) {
  if (!issuance) return null;
  return (
    <>
      <dt>Issuance</dt>
      <dd>
        <code>{issuance.IssuanceId}</code>: {formatMoney(issuance.IssuanceAmount)} on{" "}
        {formatDate(issuance.IssuedAt)}
      </dd>
    </>
  );
}

export function FulfillmentDetail({ detail }: { detail: FulfillmentDetails | undefined }) {
  if (!detail) return <p className="muted">No fulfillment detail.</p>;
  if (detail.CreditDetails) {
    const credits = detail.CreditDetails;
    return (
      <section aria-labelledby="credits-title" className="panel">
        <h2 id="credits-title">Credits</h2>
        <dl className="facts">
          <dt>Allocated</dt>
          <dd>{formatMoney(credits.AllocatedAmount)}</dd>
          <dt>Issued</dt>
          <dd>{formatMoney(credits.IssuedAmount)}</dd>
        </dl>
        <table className="list">
          <caption>Credit codes</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">AWS account</th>
              <th scope="col">Value</th>
              <th scope="col">Status</th>
              <th scope="col">Issued</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {(credits.Codes ?? []).map((code) => (
              <tr key={code.AwsCreditCode}>
                <td>
                  <code className="credit-code">{code.AwsCreditCode}</code>
                </td>
                <td>{code.AwsAccountId}</td>
                <td>{formatMoney(code.Value)}</td>
                <td>
                  <StatusBadge status={code.Status} />
                </td>
                <td>{formatDate(code.IssuedAt)}</td>
                <td>{formatDate(code.ExpiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  }
  if (detail.DisbursementDetails) {
    const cash = detail.DisbursementDetails;
    return (
      <section aria-labelledby="cash-title" className="panel">
        <h2 id="cash-title">Cash disbursement</h2>
        <dl className="facts">
          <dt>Disbursed</dt>
          <dd>{formatMoney(cash.DisbursedAmount)}</dd>
          <Issuance issuance={cash.IssuanceDetails} />
        </dl>
      </section>
    );
  }
  if (detail.ConsumableDetails) {
    const c = detail.ConsumableDetails;
    return (
      <section aria-labelledby="consumable-title" className="panel">
        <h2 id="consumable-title">Pre-approved amount</h2>
        <dl className="facts">
          <dt>Allocated</dt>
          <dd>{formatMoney(c.AllocatedAmount)}</dd>
          <dt>Used</dt>
          <dd>{formatMoney(c.UtilizedAmount)}</dd>
          <dt>Remaining</dt>
          <dd>{formatMoney(c.RemainingAmount)}</dd>
          <Issuance issuance={c.IssuanceDetails} />
        </dl>
      </section>
    );
  }
  if (detail.AccessDetails) {
    return (
      <section aria-labelledby="access-title" className="panel">
        <h2 id="access-title">Access</h2>
        <p>{detail.AccessDetails.Description}</p>
      </section>
    );
  }
  return <p className="muted">An unknown kind of fulfillment detail.</p>;
}
