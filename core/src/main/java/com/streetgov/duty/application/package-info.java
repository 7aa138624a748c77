/** Application services of duty lists: reading, replacing by import, and coverage of a street. */
package com.streetgov.duty.application;
