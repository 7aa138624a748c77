/** Client keys, their audit entries, and the secrets (keys, request ids) with their hashes. */
package com.streetgov.open311.domain;
