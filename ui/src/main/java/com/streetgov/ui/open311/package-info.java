/**
 * The district admin's Open311 client keys (开放接口密钥): create a key per client (shown once,
 * stored only as its hash), revoke it with a reason, and read the audit trail. Rules live in core's
 * open311 feature; this screen only calls it.
 */
package com.streetgov.ui.open311;
