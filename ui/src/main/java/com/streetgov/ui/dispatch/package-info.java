/** The district's dispatch catalog (派单目录) on screen: its matter types, where each goes, its departments. */
package com.streetgov.ui.dispatch;
